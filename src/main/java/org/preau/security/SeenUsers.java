package org.preau.security;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The {@code user_account_seen} tables: people signed in through Keycloak, as their last token described them. */
final class SeenUsers {

    private SeenUsers() {
    }

    static void record(JdbcTemplate jdbc, SeenUser user) {
        Timestamp at = Timestamp.from(user.lastSignInAt());
        String roles = user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        jdbc.update("""
                insert into user_account_seen (username, display_name, email, roles, first_seen_at, last_sign_in_at) values (?, ?, ?, ?, ?, ?)
                on duplicate key update display_name = values(display_name), email = values(email), roles = values(roles),
                last_sign_in_at = values(last_sign_in_at)""", cut(user.username(), 100), cut(user.displayName(), 200),
                user.email() == null ? null : cut(user.email(), 254), roles, at, at);
        jdbc.update("delete from user_account_seen_establishment where username = ?", cut(user.username(), 100));
        for (Long id : user.establishmentIds()) {
            jdbc.update("insert into user_account_seen_establishment (username, establishment_id) values (?, ?)", cut(user.username(), 100), id);
        }
    }

    static List<SeenUser> serving(JdbcTemplate jdbc, long establishmentId) {
        Map<String, Set<Long>> establishments = new java.util.HashMap<>();
        jdbc.query("""
                select e.username, e.establishment_id from user_account_seen_establishment e
                where e.username in (select username from user_account_seen_establishment where establishment_id = ?)""",
                rs -> {
                    establishments.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getLong(2));
                }, establishmentId);
        return jdbc.query("""
                select s.username, s.display_name, s.email, s.roles, s.last_sign_in_at from user_account_seen s
                join user_account_seen_establishment e on e.username = s.username and e.establishment_id = ?
                order by s.display_name""", (rs, i) -> new SeenUser(rs.getString(1), rs.getString(2), rs.getString(3),
                roles(rs.getString(4)), establishments.getOrDefault(rs.getString(1), Set.of()), rs.getTimestamp(5).toInstant()), establishmentId);
    }

    private static Set<Role> roles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (text == null || text.isBlank()) return roles;
        Arrays.stream(text.split(",")).map(String::strip).forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
