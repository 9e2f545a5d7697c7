package org.preau.privacy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.support.DemoUsers;
import org.preau.support.PreauIntegrationTest;
import org.preau.transfer.ConsentGiver;
import org.preau.transfer.LearnerTransfers;
import org.preau.transfer.ManualTransferRequest;
import org.preau.transfer.TransferStatus;
import org.preau.transfer.TransferView;
import org.preau.transfer.TransferWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The consent register on the real database, with a real learner transfer between the lycée and the CFA. */
@PreauIntegrationTest
@WithUserDetails(DemoUsers.DIRECTEUR)
class ConsentRegisterTest {

    @Autowired TransferWorld world;
    @Autowired LearnerTransfers transfers;
    @Autowired ConsentRegister register;
    @Autowired JdbcTemplate jdbc;

    TransferWorld.Leaver leaver;

    @BeforeEach
    void aLeaverAndACfaWithoutSiecle() {
        leaver = world.aLeaverWithAFiche();
    }

    @AfterEach
    void switchesBackToDefault() {
        world.switchesBackToDefault();
    }

    private TransferView consentedTransfer() {
        return transfers.transfer(new ManualTransferRequest(leaver.learnerId(), TransferWorld.CFA_UAI, LocalDate.now().minusDays(1),
                ConsentGiver.LEARNER_AND_GUARDIANS, "Mme et M. Parent", null));
    }

    @Test
    void a_transfer_consent_is_listed_with_who_about_whom_what_for_and_who_recorded_it_and_filtered_by_kind_person_and_year() {
        TransferView sent = consentedTransfer();
        String name = sent.learnerName();

        assertThat(register.list(ConsentKind.TRANSFER, name.substring(0, 4).toUpperCase(), LocalDate.now().minusDays(1).getYear()))
                .filteredOn(e -> e.reference() == sent.id()).singleElement().satisfies(e -> {
                    assertThat(e.person()).isEqualTo(name);
                    assertThat(e.purpose()).startsWith("Transfert des bilans, fiches et évaluations vers").contains(TransferWorld.CFA_UAI);
                    assertThat(e.givenBy()).contains("Mme et M. Parent");
                    assertThat(e.recordedBy()).isNotBlank();
                    assertThat(e.withdrawn()).isFalse();
                });
        assertThat(register.list(ConsentKind.SEGEC, null, null)).noneMatch(e -> e.reference() == sent.id());
        assertThat(register.list(null, "personne-qui-n-existe-pas", null)).isEmpty();
        assertThat(register.list(ConsentKind.TRANSFER, null, 1999)).isEmpty();

        String csv = new String(register.csv(register.list(ConsentKind.TRANSFER, null, null)), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFType;Personne concernée;Pour quoi;Donné le").contains("Transfert de dossier;" + name + ";");
    }

    @Test
    void withdrawing_a_transfer_consent_stops_the_transfer_job_for_that_learner() {
        // the CFA has switched its transfers off for now: the transfer waits for the next run
        world.switchTransfers(TransferWorld.CFA_DIRECTOR, false);
        TransferView pending = consentedTransfer();
        assertThat(pending.status()).isEqualTo(TransferStatus.PENDING);

        register.withdraw(ConsentKind.TRANSFER, pending.id());

        world.switchTransfers(TransferWorld.CFA_DIRECTOR, true);
        transfers.runNow();
        assertThat(jdbc.queryForObject("select count(*) from learner where establishment_id = ? and ine = ?", Integer.class, leaver.cfa(), leaver.ine()))
                .as("nothing reached the CFA").isZero();
        assertThat(transfers.sent()).filteredOn(t -> t.id() == pending.id()).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TransferStatus.PENDING));
        assertThat(register.list(ConsentKind.TRANSFER, null, null)).filteredOn(e -> e.reference() == pending.id()).singleElement()
                .satisfies(e -> {
                    assertThat(e.withdrawn()).isTrue();
                    assertThat(e.withdrawnBy()).isEqualTo(DemoUsers.DIRECTEUR);
                });
        assertThatThrownBy(() -> register.withdraw(ConsentKind.TRANSFER, pending.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_director_withdraws_and_the_secretary_reads() {
        TransferView sent = consentedTransfer();
        world.as(DemoUsers.SECRETAIRE, () -> {
            assertThat(register.list(null, null, null)).extracting(ConsentEntry::reference).contains(sent.id());
            assertThatThrownBy(() -> register.withdraw(ConsentKind.TRANSFER, sent.id())).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void the_destination_opening_a_received_transfer_leaves_an_audit_row_naming_the_source() {
        consentedTransfer();
        long atCfa = world.learnerId(leaver.cfa(), leaver.ine());
        long before = jdbc.queryForObject("select count(*) from access_audit where establishment_id = ?", Long.class, leaver.cfa());

        world.as(TransferWorld.CFA_DIRECTOR, () -> assertThat(transfers.receivedBy(atCfa)).hasSize(1));

        assertThat(jdbc.queryForObject("select count(*) from access_audit where establishment_id = ?", Long.class, leaver.cfa())).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select concat(actor, '|', subject_id, '|', action, '|', through) from access_audit "
                + "where establishment_id = ? order by id desc limit 1", String.class, leaver.cfa()))
                .isEqualTo(TransferWorld.CFA_DIRECTOR + "|" + atCfa + "|RECEIVED_TRANSFER_OPENED|" + DemoUsers.LYCEE_UAI);
    }
}
