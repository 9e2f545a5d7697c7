package org.preau.inspection;

import org.preau.base.WaitingItem;
import org.preau.base.WaitingItem.Severity;
import org.preau.base.WaitingWork;
import org.preau.mail.MailOutbox;
import org.preau.security.CurrentUser;
import org.preau.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The director's granted diplomas whose referent was not told: a mail to one of its referents
 * did not leave. The mail outbox names the addresses (one query); the diplomas are counted only
 * when there are any (a second query).
 */
@Component
class GrantMailsWaiting implements WaitingWork {

    private final JdbcTemplate jdbc;
    private final MailOutbox mails;
    private final CurrentUser currentUser;

    GrantMailsWaiting(JdbcTemplate jdbc, MailOutbox mails, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.mails = mails;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<WaitingItem> waiting() {
        if (!currentUser.worksAs(Role.DIRECTOR)) return List.of();
        Set<String> unsent = mails.unsentRecipients();
        if (unsent.isEmpty()) return List.of();
        List<Object> args = new ArrayList<>();
        args.add(currentUser.establishmentId());
        args.addAll(unsent);
        Long diplomas = jdbc.queryForObject("""
                select count(distinct d.id) from inspection_diploma d join inspection_referent r on r.diploma_id = d.id
                where d.establishment_id = ? and d.granted and r.email in (%s)""".formatted(String.join(", ", Collections.nCopies(unsent.size(), "?"))),
                Long.class, args.toArray());
        if (diplomas == null || diplomas == 0) return List.of();
        return List.of(WaitingItem.of(Severity.PROBLEM, "home.inspection.mailFailed", diplomas, "parametres/acces-inspecteur", diplomas));
    }
}
