package org.preau.isolation;

import org.preau.account.AccountInvitations;
import org.preau.security.AccountDraft;
import org.preau.security.Role;
import org.preau.support.DemoUsers;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Set;

/** The accounts module, and B's account that A's director must not reach (the lycée's secretary). */
class IsolationAccounts implements ModuleIsolation {

    public String module() {
        return "account";
    }

    public void declare(Cases c) {
        c.refuses(AccountInvitations.class, "create", Cases.As.BE_DIRECTOR, "B's staff record", w -> w.bean(AccountInvitations.class)
                .create(new AccountDraft("iso.nouveau." + System.nanoTime(), "Nouveau de A", "nouveau." + System.nanoTime() + "@isolation.example",
                        Set.of(Role.TEACHER), Set.of(w.aBe())), w.bBe("staff_member")));
        c.refuses(AccountInvitations.class, "update", Cases.As.FR_DIRECTOR, "B's account", w -> w.bean(AccountInvitations.class)
                .update(bAccount(w), 0, draft(w.aFr()), false, null));
        c.refuses(AccountInvitations.class, "sendLink", Cases.As.FR_DIRECTOR, "B's account", w -> w.bean(AccountInvitations.class).sendLink(bAccount(w)));
    }

    static long bAccount(IsolationWorld w) {
        return w.bean(JdbcTemplate.class).queryForObject("select id from user_account where username = ?", Long.class, DemoUsers.SECRETAIRE);
    }

    static AccountDraft draft(long establishmentId) {
        return new AccountDraft("iso.compte.a", "Compte de A", "compte.a@isolation.example", Set.of(Role.TEACHER), Set.of(establishmentId));
    }
}
