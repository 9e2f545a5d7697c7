package org.preau.transfer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.support.DemoUsers;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two SIECLE establishments of one instance: the records follow the learner after both imports and one run. */
@PreauIntegrationTest
class AutomaticTransferTest {

    @Autowired TransferWorld world;
    @Autowired TransferJob job;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransferStore store;

    long lycee;
    long cfa;

    @BeforeEach
    void twoEstablishmentsWithoutLearners() {
        world.reset();
        lycee = world.lyceeId();
        cfa = world.cfaId();
    }

    @AfterEach
    void switchesBackToDefault() {
        world.switchesBackToDefault();
    }

    /** Both imports done and their events recorded (the listeners run after commit, in the background). */
    private String bothImportsWithRecordsOnALeaver() {
        world.lyceeImportsBothYears();
        List<String> leavers = world.leaversIne();
        assertThat(leavers).isNotEmpty();
        String ine = leavers.getFirst();
        long leaver = world.learnerId(lycee, ine);
        world.addRecord(lycee, leaver, "BILAN", "Bilan du premier trimestre", "2024-12-10");
        world.addRecord(lycee, leaver, "EVALUATION", "Évaluation en atelier", "2025-02-03");
        world.cfaImportsTheSamePupils();
        await().atMost(Duration.ofSeconds(20)).until(() -> world.candidates(lycee) >= leavers.size() && world.candidates(cfa) >= 40);
        return ine;
    }

    @Test
    void the_records_of_a_learner_who_left_follow_them_to_the_establishment_that_imported_them_at_the_next_run() {
        world.switchTransfers(DemoUsers.DIRECTEUR, true);
        world.switchTransfers(TransferWorld.CFA_DIRECTOR, true);
        String ine = bothImportsWithRecordsOnALeaver();

        job.run();

        long arrived = world.learnerId(cfa, ine);
        List<Map<String, Object>> received = jdbc.queryForList("""
                select r.kind, r.title, r.author, r.author_name, r.record_date, o.source_uai, o.source_name
                from learner_record r join learner_record_origin o on o.record_id = r.id
                where r.establishment_id = ? and r.learner_id = ? order by r.record_date""", cfa, arrived);
        assertThat(received).hasSize(2);
        assertThat(received.getFirst()).containsEntry("KIND", "BILAN").containsEntry("AUTHOR", "enseignant")
                .containsEntry("AUTHOR_NAME", "Claire Enseignante").containsEntry("SOURCE_UAI", DemoUsers.LYCEE_UAI)
                .containsEntry("RECORD_DATE", java.sql.Date.valueOf("2024-12-10"));
        // the source keeps its own copy
        assertThat(world.records(lycee, world.learnerId(lycee, ine))).isEqualTo(2);
        assertThat(jdbc.queryForObject("select status from learner_transfer where learner_id = ?", String.class,
                world.learnerId(lycee, ine))).isEqualTo("DELIVERED");
        assertThat(jdbc.queryForList("select direction, status from exchange where establishment_id = ? and kind = 'LEARNER_TRANSFER'", cfa))
                .isNotEmpty().allSatisfy(row -> assertThat(row).containsEntry("DIRECTION", "IN").containsEntry("STATUS", "SUCCESS"));
        assertThat(jdbc.queryForList("select status from exchange where establishment_id = ? and kind = 'LEARNER_TRANSFER' and direction = 'OUT'",
                String.class, lycee)).isNotEmpty().containsOnly("SUCCESS");
        // only the learners who left and arrived: the destination received nobody else
        assertThat(jdbc.queryForObject("select count(*) from learner_transfer_received where establishment_id = ?", Integer.class, cfa))
                .isEqualTo(jdbc.queryForObject("select count(*) from learner_transfer where establishment_id = ?", Integer.class, lycee))
                .isLessThanOrEqualTo(world.leaversIne().size());

        job.run();
        assertThat(world.records(cfa, arrived)).as("a second run copies nothing again").isEqualTo(2);
    }

    @Test
    void a_transfer_that_fails_stays_pending_alone_while_the_others_of_its_batch_are_delivered_and_it_follows_at_the_next_run() {
        world.switchTransfers(DemoUsers.DIRECTEUR, true);
        world.switchTransfers(TransferWorld.CFA_DIRECTOR, true);
        String failing = bothImportsWithRecordsOnALeaver();
        List<String> others = world.leaversIne().stream().filter(ine -> !ine.equals(failing)).toList();
        assertThat(others).isNotEmpty();
        long failingArrival = world.learnerId(cfa, failing);
        // the database refuses this one learner's reception, in the middle of the batch
        jdbc.execute("create trigger transfer_reception_fails before insert on learner_transfer_received for each row "
                + "begin if new.learner_id = " + failingArrival + " then signal sqlstate '45000' set message_text = 'panne'; end if; end");
        try {
            job.run();
        } finally {
            jdbc.execute("drop trigger if exists transfer_reception_fails");
        }

        long failingLeaver = world.learnerId(lycee, failing);
        assertThat(jdbc.queryForObject("select status from learner_transfer where learner_id = ?", String.class, failingLeaver))
                .isEqualTo("PENDING");
        assertThat(world.records(cfa, failingArrival)).isZero();
        assertThat(jdbc.queryForList("select status from learner_transfer where establishment_id = ? and learner_id <> ?",
                String.class, lycee, failingLeaver)).as("every other transfer of the run").isNotEmpty().containsOnly("DELIVERED");
        int delivered = jdbc.queryForObject("select count(*) from learner_transfer where establishment_id = ? and status = 'DELIVERED'",
                Integer.class, lycee);
        assertThat(jdbc.queryForObject("select count(*) from exchange where establishment_id = ? and kind = 'LEARNER_TRANSFER' "
                + "and direction = 'IN'", Integer.class, cfa)).as("one received line per delivered transfer, none for the failed one")
                .isEqualTo(delivered);
        assertThat(jdbc.queryForObject("select e.status from exchange e join learner_transfer t on t.exchange_id = e.id "
                + "where t.learner_id = ?", String.class, failingLeaver)).isEqualTo("PENDING");

        job.run();
        assertThat(world.records(cfa, failingArrival)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select status from learner_transfer where learner_id = ?", String.class, failingLeaver))
                .isEqualTo("DELIVERED");
    }

    @Test
    void nothing_leaves_while_the_destination_has_transfers_switched_off_and_it_follows_once_switched_on() {
        world.switchTransfers(DemoUsers.DIRECTEUR, true);
        String ine = bothImportsWithRecordsOnALeaver();

        job.run();
        assertThat(world.records(cfa, world.learnerId(cfa, ine))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from learner_transfer where establishment_id = ?", Integer.class, lycee)).isZero();

        world.switchTransfers(TransferWorld.CFA_DIRECTOR, true);
        job.run();
        assertThat(world.records(cfa, world.learnerId(cfa, ine))).isEqualTo(2);
    }

    @Test
    void nothing_leaves_while_the_source_has_transfers_switched_off() {
        world.switchTransfers(TransferWorld.CFA_DIRECTOR, true);
        String ine = bothImportsWithRecordsOnALeaver();

        job.run();
        assertThat(world.records(cfa, world.learnerId(cfa, ine))).isZero();
    }

    @Test
    void a_leaver_imported_by_two_other_establishments_is_matched_once_with_the_newest_arrival() {
        String ine = bothImportsWithRecordsOnALeaver();
        long leaver = world.learnerId(lycee, ine);
        long third = jdbc.queryForObject("select min(id) from establishment where id not in (?, ?)", Long.class, lycee, cfa);
        jdbc.update("insert into learner (establishment_id, siecle_key, ine, nom, prenom, created_at, updated_at) "
                + "values (?, 'essai-troisieme', ?, 'Troisième', 'Arrivée', now(), now())", third, ine);
        long thirdLearner = world.learnerId(third, ine);
        try {
            jdbc.update("update transfer_candidate set recorded_at = '2025-09-02 08:00:00' where learner_id = ?", world.learnerId(cfa, ine));
            jdbc.update("insert into transfer_candidate (establishment_id, learner_id, ine, movement, recorded_at) "
                    + "values (?, ?, ?, 'ARRIVED', '2025-09-05 08:00:00')", third, thirdLearner, ine);
            assertThat(store.unmatchedDepartures()).filteredOn(m -> m.sourceLearnerId() == leaver)
                    .extracting(TransferStore.Match::destinationEstablishmentId).containsExactly(third);

            jdbc.update("update transfer_candidate set recorded_at = '2025-09-09 08:00:00' where learner_id = ?", world.learnerId(cfa, ine));
            assertThat(store.unmatchedDepartures()).filteredOn(m -> m.sourceLearnerId() == leaver)
                    .extracting(TransferStore.Match::destinationEstablishmentId).containsExactly(cfa);
        } finally {
            jdbc.update("delete from learner where id = ?", thirdLearner);
        }
    }
}
