package org.preau.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The name a user is shown by (as in the top bar), from the username a table recorded as the author
 * of a change: a local account's display name, else the name the last Keycloak sign-in gave, else the
 * username itself (an account deleted since, background work).
 */
@Component
public class DisplayNames {

    private final JdbcTemplate jdbc;

    DisplayNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String of(String username) {
        if (username == null || username.isBlank()) return username;
        List<String> names = jdbc.queryForList("""
                select display_name from (
                  select display_name, 1 as rank from user_account where username = ? and display_name <> ''
                  union all
                  select display_name, 2 as rank from user_account_seen where username = ? and display_name <> '') names
                order by rank limit 1""", String.class, username, username);
        return names.isEmpty() ? username : names.getFirst();
    }
}
