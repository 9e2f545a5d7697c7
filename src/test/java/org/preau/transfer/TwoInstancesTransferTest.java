package org.preau.transfer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.peer.PeerDeliveries;
import org.preau.support.DemoUsers;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two real Préau instances in one JVM: A is the shared test context (the demo lycée Verdier), B a
 * second application context on its own port with its own embedded MariaDB (a lycée and a CFA).
 * B is started once for the whole class.
 */
@PreauIntegrationTest
class TwoInstancesTransferTest {

    static SecondInstance b;

    @Autowired ApplicationContext context;
    @Autowired TransferWorld world;
    @Autowired FederationProperties federation;
    @Autowired TransferJob job;
    @Autowired PeerDeliveries deliveries;
    @Autowired LearnerTransfers transfers;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @BeforeEach
    void bothInstancesJoinedAndALeaverWithRecordsInA() {
        if (b == null) b = SecondInstance.start(context, "http://localhost:" + port);
        SecondInstance.declareIn(federation, b.baseUrl());
        world.reset();
        world.switchTransfers(DemoUsers.DIRECTEUR, true);
        world.lyceeImportsBothYears();
    }

    @AfterEach
    void switchesBackToDefault() {
        world.switchesBackToDefault();
        SecondInstance.forgetIn(federation);
    }

    @AfterAll
    static void stopB() {
        if (b != null) b.close();
        b = null;
    }

    private void awaitDelivered(long learnerId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            deliveries.tryDueNow();
            return "DELIVERED".equals(jdbc.queryForList("select status from learner_transfer where learner_id = ?", String.class, learnerId)
                    .stream().findFirst().orElse(null));
        });
    }

    @Test
    void a_pupil_who_leaves_a_and_arrives_at_b_has_their_records_at_b_after_bs_daily_run_and_a_second_run_sends_nothing() {
        String ine = world.leaversIne().getFirst();
        long leaver = world.learnerId(world.lyceeId(), ine);
        world.addRecord(world.lyceeId(), leaver, "BILAN", "Bilan de fin d'année", "2025-06-20");
        world.addRecord(world.lyceeId(), leaver, "EVALUATION", "Évaluation des compétences", "2025-05-12");

        b.lyceeImportsThePupilsOfA();
        long lyceeB = b.lycee();
        b.runTransferJob();
        awaitDelivered(leaver);
        for (String other : world.leaversIne()) awaitDelivered(world.learnerId(world.lyceeId(), other));

        long arrival = b.jdbc().queryForObject("select id from learner where establishment_id = ? and ine = ?", Long.class, lyceeB, ine);
        List<Map<String, Object>> received = b.jdbc().queryForList("""
                select r.kind, r.record_date, r.author, r.author_name, r.created_at, o.source_uai
                from learner_record r join learner_record_origin o on o.record_id = r.id
                where r.establishment_id = ? and r.learner_id = ? order by r.record_date""", lyceeB, arrival);
        assertThat(received).hasSize(2);
        assertThat(received.getFirst()).containsEntry("kind", "EVALUATION").containsEntry("author", "enseignant")
                .containsEntry("author_name", "Claire Enseignante").containsEntry("source_uai", DemoUsers.LYCEE_UAI);
        assertThat(received.getFirst().get("record_date").toString()).isEqualTo("2025-05-12");
        assertThat(received.getFirst().get("created_at").toString()).startsWith("2024-11-05");

        // every pupil who left A arrived at B: each is asked for once and sent once; both histories show it
        int leavers = world.leaversIne().size();
        assertThat(jdbc.queryForObject("select count(*) from exchange where establishment_id = ? and kind = 'LEARNER_TRANSFER' "
                + "and direction = 'IN' and summary like 'Demande de l''instance b%'", Integer.class, world.lyceeId())).isEqualTo(leavers);
        assertThat(b.jdbc().queryForObject("select count(*) from exchange where establishment_id = ? and kind = 'LEARNER_TRANSFER' "
                + "and direction = 'OUT' and summary like 'Questions aux autres instances%'", Integer.class, lyceeB)).isEqualTo(1);
        assertThat(b.jdbc().queryForObject("select count(*) from exchange where establishment_id = ? and kind = 'LEARNER_TRANSFER' "
                + "and direction = 'IN' and status = 'SUCCESS'", Integer.class, lyceeB)).isEqualTo(leavers);

        // run again on both sides: nothing asked, nothing sent, nothing written
        int questions = b.jdbc().queryForObject("select count(*) from transfer_question", Integer.class);
        b.runTransferJob();
        job.run();
        deliveries.tryDueNow();
        assertThat(b.jdbc().queryForObject("select count(*) from transfer_question", Integer.class)).isEqualTo(questions);
        assertThat(jdbc.queryForObject("select count(*) from learner_transfer where establishment_id = ?", Integer.class, world.lyceeId()))
                .isEqualTo(leavers);
        assertThat(b.jdbc().queryForObject("select count(*) from learner_record where learner_id = ?", Integer.class, arrival)).isEqualTo(2);
    }

    @Test
    void a_manual_transfer_to_a_cfa_of_b_that_never_imported_siecle_creates_the_learner_there() {
        String ine = world.leaversIne().get(1);
        long leaver = world.learnerId(world.lyceeId(), ine);
        world.addRecord(world.lyceeId(), leaver, "FICHE", "Fiche d'activité : service en salle", "2025-03-02");
        long cfaB = b.cfa();
        world.as(DemoUsers.DIRECTEUR, () -> transfers.refreshFederation());

        LearnerTransfers.Destination destination = world.call(DemoUsers.DIRECTEUR, () -> transfers.destination(SecondInstance.CFA_B_UAI));
        assertThat(destination.instance()).isEqualTo("b");
        assertThat(destination.name()).isEqualTo("CFA Jean Moulin");
        assertThat(destination.automatic()).isFalse();

        world.as(DemoUsers.DIRECTEUR, () -> transfers.transfer(new ManualTransferRequest(leaver, SecondInstance.CFA_B_UAI, LocalDate.now(),
                ConsentGiver.LEARNER_AND_GUARDIANS, "M. et Mme Exemple", null)));
        awaitDelivered(leaver);

        Map<String, Object> created = b.jdbc().queryForMap("""
                select l.id, l.siecle_key, e.division, e.active, y.state from learner l
                join enrolment e on e.learner_id = l.id join school_year y on y.id = e.school_year_id
                where l.establishment_id = ? and l.ine = ?""", cfaB, ine);
        assertThat(created).containsEntry("siecle_key", ine).containsEntry("active", true).containsEntry("state", "EN_COURS");
        assertThat(created.get("division")).isNull();
        assertThat(b.jdbc().queryForObject("select count(*) from learner_record where learner_id = ?", Integer.class, created.get("id")))
                .isEqualTo(1);
    }
}
