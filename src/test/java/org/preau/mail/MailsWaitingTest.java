package org.preau.mail;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.base.WaitingItem;
import org.preau.security.CurrentUser;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/** The director's home page line for mails that did not leave, on the real database. */
@PreauIntegrationTest
class MailsWaitingTest {

    @Autowired MailsWaiting waiting;
    @Autowired MailOutbox outbox;
    @Autowired CurrentUser currentUser;
    @Autowired LyceeLearners lycee;
    @Autowired SignedIn signedIn;
    @Autowired JdbcTemplate jdbc;

    long ecole;

    @BeforeEach
    void clean() {
        ecole = jdbc.queryForObject("select id from establishment where fase = ?", Long.class, ECOLE_FASE);
        jdbc.update("delete from mail_message where establishment_id in (?, ?)", lycee.lyceeId(), ecole);
        signedIn.forget();
    }

    @AfterEach
    void forget() {
        jdbc.update("delete from mail_message where establishment_id in (?, ?)", lycee.lyceeId(), ecole);
        signedIn.forget();
    }

    private void mail(long establishmentId, String to, String status, int attempts) {
        jdbc.update("insert into mail_message (establishment_id, recipient, subject, body, status, attempts, created_at, created_by) "
                + "values (?, ?, 'Sujet', 'Texte', ?, ?, now(6), 'test')", establishmentId, to, status, attempts);
    }

    private List<WaitingItem> asDirectorIn(long establishmentId) {
        return signedIn.as(DIRECTEUR, () -> {
            currentUser.switchEstablishment(establishmentId);
            return waiting.waiting();
        });
    }

    @Test
    void a_given_up_mail_and_one_retried_after_a_failure_are_counted_and_lead_to_the_sent_mails_page() {
        mail(lycee.lyceeId(), "a@example.org", "FAILED", 5);
        mail(lycee.lyceeId(), "b@example.org", "PENDING", 2);
        mail(lycee.lyceeId(), "c@example.org", "PENDING", 0); // queued a moment ago: on its way
        mail(lycee.lyceeId(), "d@example.org", "SENT", 1);

        List<WaitingItem> items = asDirectorIn(lycee.lyceeId());

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.count()).isEqualTo(2);
            assertThat(item.route()).isEqualTo("parametres/courriels");
            assertThat(item.severity()).isEqualTo(WaitingItem.Severity.PROBLEM);
        });
        assertThat(signedIn.as(DIRECTEUR, () -> outbox.unsentRecipients())).containsExactlyInAnyOrder("a@example.org", "b@example.org");
    }

    @Test
    void another_establishments_unsent_mails_are_never_counted_and_nothing_unsent_says_nothing() {
        mail(ecole, "x@example.org", "FAILED", 5);

        assertThat(asDirectorIn(lycee.lyceeId())).isEmpty();
        assertThat(signedIn.as(DIRECTEUR, () -> outbox.unsentRecipients())).isEmpty();
        assertThat(asDirectorIn(ecole)).singleElement().extracting(WaitingItem::count).isEqualTo(1L);
    }

    @Test
    void the_secretary_and_the_teacher_are_not_shown_the_directors_mails() {
        mail(lycee.lyceeId(), "a@example.org", "FAILED", 5);

        assertThat(signedIn.as(SECRETAIRE, () -> waiting.waiting())).isEmpty();
        assertThat(signedIn.as(ENSEIGNANT, () -> waiting.waiting())).isEmpty();
    }
}
