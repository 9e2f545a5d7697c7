package org.preau.mail;

import org.preau.base.WaitingItem;
import org.preau.base.WaitingItem.Severity;
import org.preau.base.WaitingWork;
import org.preau.security.CurrentUser;
import org.preau.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The director's mails that did not leave: given up, or waiting for the mail server after a failed try. */
@Component
class MailsWaiting implements WaitingWork {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    MailsWaiting(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<WaitingItem> waiting() {
        if (!currentUser.worksAs(Role.DIRECTOR)) return List.of();
        Long unsent = jdbc.queryForObject("select count(*) from mail_message where " + MailOutbox.UNSENT, Long.class, currentUser.establishmentId());
        if (unsent == null || unsent == 0) return List.of();
        return List.of(WaitingItem.of(Severity.PROBLEM, "home.mails.unsent", unsent, "parametres/courriels", unsent));
    }
}
