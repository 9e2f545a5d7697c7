package org.preau.security;

import org.preau.base.Texts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sign-in of a staff member scrubbed by the retention run. The account is not deleted: it may
 * serve other establishments, and its sign-ins are in the security log. It loses this
 * establishment; once it serves none, a local account is disabled and its name and e-mail
 * erased (a Keycloak user's last seen name likewise: the account itself is Keycloak's).
 */
@Component
public class LeaverAccounts {

    private final JdbcTemplate jdbc;

    LeaverAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return rows changed per table (only tables with at least one row) */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> withdraw(long establishmentId, String username) {
        Map<String, Integer> changed = new LinkedHashMap<>();
        String erased = Texts.get("privacy.erased");
        int local = jdbc.update("""
                delete ue from user_account_establishment ue join user_account a on a.id = ue.user_account_id
                where a.username = ? and ue.establishment_id = ?""", username, establishmentId);
        local += jdbc.update("""
                update user_account a set a.enabled = false, a.display_name = ?, a.email = null
                where a.username = ? and not exists (select 1 from user_account_establishment ue where ue.user_account_id = a.id)""",
                erased, username);
        int seen = jdbc.update("delete from user_account_seen_establishment where username = ? and establishment_id = ?", username,
                establishmentId);
        seen += jdbc.update("""
                update user_account_seen s set s.display_name = ?, s.email = null
                where s.username = ? and not exists (select 1 from user_account_seen_establishment se where se.username = s.username)""",
                erased, username);
        if (local > 0) changed.put("user_account", local);
        if (seen > 0) changed.put("user_account_seen", seen);
        return changed;
    }
}
