package org.preau.mail;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.inspection.InspectionProvisioning;
import org.preau.inspection.InspectorAccess;
import org.preau.inspection.Referent;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.preau.support.DemoUsers.*;

/** Mails through a real SMTP server that goes down and comes back. */
@PreauIntegrationTest
class MailOutboxTest {

    @Autowired MailOutbox outbox;
    @Autowired MailSending sending;
    @Autowired InspectorAccess access;
    @Autowired InspectionProvisioning provisioning;
    @Autowired LyceeLearners lycee;
    @Autowired SignedIn signedIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired GreenMail greenMail;

    @BeforeEach
    void clean() throws Exception {
        lycee.clearInspectorGrants(lycee.lyceeId());
        jdbc.update("delete from establishment_module where establishment_id = ?", lycee.lyceeId());
        greenMail.purgeEmailFromAllMailboxes();
        signedIn.forget();
    }

    @AfterEach
    void serverBack() {
        if (!greenMail.isRunning()) greenMail.start();
        signedIn.forget();
        lycee.clearInspectorGrants(lycee.lyceeId());
    }

    private String status() {
        return jdbc.queryForObject("select status from mail_message where establishment_id = ?", String.class, lycee.lyceeId());
    }

    @Test
    void with_the_mail_server_down_the_grant_is_saved_the_mail_waits_and_goes_when_the_server_is_back() throws Exception {
        long diploma = provisioning.ensureDiploma(lycee.lyceeId(), "20010018110", "2nde générale et technologique",
                new Referent(INSPECTEUR, "Inès Robert", "ines.robert@inspection.example"));
        greenMail.stop();

        signedIn.as(DIRECTEUR, () -> access.setGranted(diploma, true));

        assertThat(jdbc.queryForObject("select granted from inspection_diploma where id = ?", Boolean.class, diploma)).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select attempts from mail_message where establishment_id = ?", Integer.class, lycee.lyceeId()) >= 1
                && "PENDING".equals(status()));
        assertThat(jdbc.queryForObject("select last_error from mail_message where establishment_id = ?", String.class, lycee.lyceeId()))
                .isNotBlank();
        assertThat(signedIn.as(DIRECTEUR, () -> outbox.pendingCount())).isEqualTo(1);
        assertThat(signedIn.as(DIRECTEUR, () -> outbox.list())).extracting(MailView::status).containsExactly(MailStatus.PENDING);

        greenMail.start();
        int sent = sending.retryWaiting();

        assertThat(sent).isEqualTo(1);
        assertThat(status()).isEqualTo("SENT");
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(greenMail.getReceivedMessages()[0].getSubject()).contains("2nde générale et technologique");
        assertThat(signedIn.as(DIRECTEUR, () -> outbox.pendingCount())).isZero();
    }

    @Test
    void a_mail_is_sent_once_even_when_the_retry_job_runs_after_the_listener() {
        long id = signedIn.as(DIRECTEUR, () -> outbox.queue(lycee.lyceeId(), "quelqu.un@example.org", "Objet", "Texte"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(status()));

        assertThat(sending.retryWaiting()).isZero();
        assertThat(sending.send(id)).isFalse();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void only_the_director_reads_the_mails() {
        assertThatThrownBy(() -> signedIn.as(SECRETAIRE, () -> outbox.list())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(INSPECTEUR, () -> outbox.list())).isInstanceOf(AccessDeniedException.class);
    }
}
