package org.preau.learner;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SignedIn;
import org.preau.support.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

/** The learners list, the learner page and the records, with the rules of each role. */
@PreauIntegrationTest
class LearnerServiceTest {

    @Autowired
    LearnerService learners;
    @Autowired
    LearnerRecordService records;
    @Autowired
    org.preau.siecle.StsWebImport sts;
    @Autowired
    SchoolYearService schoolYears;
    @Autowired
    LyceeLearners lycee;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CurrentUser currentUser;

    SchoolYearView y2024;

    /** The 2024 sample imported into the lycée; the teacher serves 2NDE 1 only; every user works in 2024. */
    @BeforeEach
    void importedLycee() {
        y2024 = lycee.imported2024WithTheTeacherIn2nde1();
    }

    /** Runs as a demo user working in year 2024 (the demo's current year is later). */
    private void as(String username, Runnable work) {
        signedIn.afresh(username, () -> {
            schoolYears.select(y2024.id());
            work.run();
        });
    }

    private long idOf(String nom) {
        return jdbc.queryForObject("select id from learner where establishment_id = ? and nom = ? limit 1", Long.class, lycee.lyceeId(), nom);
    }

    @Test
    void the_secretary_pages_through_every_learner_sorted_by_name_and_filters() {
        as(SECRETAIRE, () -> {
            List<LearnerRow> first = learners.page(LearnerFilter.all(), 0, 10);
            List<LearnerRow> rest = learners.page(LearnerFilter.all(), 10, 100);
            assertThat(first).hasSize(10);
            assertThat(first.size() + rest.size()).isEqualTo(41);
            assertThat(first.getFirst().displayName()).isEqualTo("ARNAUD");

            assertThat(learners.page(new LearnerFilter("TG1", null, LearnerStatus.ACTIVE, null), 0, 50)).hasSize(12);
            assertThat(learners.page(new LearnerFilter("TG1", null, LearnerStatus.INACTIVE, null), 0, 50))
                    .singleElement().satisfies(r -> assertThat(r.nom()).isEqualTo("LEFEBVRE"));
            assertThat(learners.page(new LearnerFilter(null, "20110019110", LearnerStatus.ALL, null), 0, 50)).hasSize(13)
                    .allSatisfy(r -> assertThat(r.formation()).isEqualTo("1ERE G"));
            assertThat(learners.page(new LearnerFilter(null, null, LearnerStatus.ALL, "dupont"), 0, 50)).hasSize(2);
            assertThat(learners.page(new LearnerFilter(null, null, LearnerStatus.ALL, "lambert-roy"), 0, 50))
                    .as("the nom d'usage is the name searched").singleElement();
            assertThat(learners.page(new LearnerFilter(null, null, LearnerStatus.ALL, "914802378ST"), 0, 50))
                    .singleElement().satisfies(r -> assertThat(r.nom()).isEqualTo("DA SILVA"));
            assertThat(learners.page(new LearnerFilter(null, null, LearnerStatus.ALL, "%"), 0, 50)).isEmpty();
            assertThat(learners.divisions()).containsExactly("1G1", "2NDE 1", "TG1");
            assertThat(learners.diplomas()).extracting(MefView::label).contains("Première générale");
        });
    }

    @Test
    void a_page_far_down_the_list_is_the_same_slice_as_in_the_whole_list_for_every_filter_and_role() {
        List<LearnerFilter> filters = List.of(LearnerFilter.all(), new LearnerFilter(null, null, LearnerStatus.ACTIVE, null),
                new LearnerFilter(null, null, LearnerStatus.INACTIVE, null), new LearnerFilter("TG1", null, LearnerStatus.ALL, null),
                new LearnerFilter(null, "20110019110", LearnerStatus.ACTIVE, null));
        for (String user : List.of(SECRETAIRE, ENSEIGNANT)) {
            as(user, () -> {
                for (LearnerFilter filter : filters) {
                    List<Long> whole = learners.page(filter, 0, 500).stream().map(LearnerRow::id).toList();
                    for (int offset = 1; offset <= whole.size(); offset += 3) {
                        List<Long> page = learners.page(filter, offset, 4).stream().map(LearnerRow::id).toList();
                        assertThat(page).as(user + " " + filter + " at " + offset)
                                .isEqualTo(whole.subList(offset, Math.min(whole.size(), offset + 4)));
                    }
                }
            });
        }
        as(SECRETAIRE, () -> assertThat(learners.page(LearnerFilter.all(), 20, 5)).extracting(LearnerRow::formation)
                .as("the MEF's formation is read for a deep page too").anySatisfy(f -> assertThat(f).isNotNull()));
    }

    @Test
    void the_learner_page_shows_identity_enrolment_and_diploma() {
        as(DIRECTEUR, () -> {
            LearnerDetails details = learners.get(idOf("FAURE"));
            assertThat(details.prenoms()).isEqualTo("Étienne, Jean, Noël");
            assertThat(details.ine()).isEqualTo("914802407SD");
            assertThat(details.enrolment()).hasValueSatisfying(e -> {
                assertThat(e.division()).isEqualTo("1G1");
                assertThat(e.mef().formation()).isEqualTo("1ERE G");
                assertThat(e.diploma().label()).isEqualTo("Première générale");
                assertThat(e.active()).isTrue();
            });
            assertThat(details.canWriteRecords()).isFalse();
        });
    }

    @Test
    void a_teacher_sees_only_the_learners_of_their_divisions_also_by_id() {
        long seconde = idOf("BERNARD");
        long terminale = idOf("MOREAU");
        as(ENSEIGNANT, () -> {
            List<LearnerRow> mine = learners.page(LearnerFilter.all(), 0, 100);
            assertThat(mine).hasSize(14).allSatisfy(r -> assertThat(r.division()).isEqualTo("2NDE 1"));
            assertThat(learners.page(new LearnerFilter("TG1", null, LearnerStatus.ALL, null), 0, 100)).isEmpty();
            assertThat(learners.divisions()).containsExactly("2NDE 1");
            assertThat(learners.get(seconde).canWriteRecords()).isTrue();

            assertThatThrownBy(() -> learners.get(terminale)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> records.list(terminale, RecordKind.BILAN)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> records.create(terminale, draft("Bilan"))).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void a_teacher_linked_to_a_staff_record_also_serves_the_divisions_of_their_sts_services() {
        as(SECRETAIRE, () -> sts.confirm(sts.preview("sts.xml", Samples.bytes("lycee-verdier/2024/sts_emp_0179912G_2024.xml"),
                y2024.id(), p -> { }), p -> { }));
        // LEROUX (41113) teaches maths in 1G1 and TG1; the teacher also has 2NDE 1 by hand
        jdbc.update("update staff_member set username = ? where establishment_id = ? and external_id = '41113'", ENSEIGNANT, lycee.lyceeId());
        try {
            long terminale = idOf("MOREAU");
            as(ENSEIGNANT, () -> {
                assertThat(learners.divisions()).containsExactly("1G1", "2NDE 1", "TG1");
                assertThat(learners.page(new LearnerFilter("TG1", null, LearnerStatus.ALL, null), 0, 100)).hasSize(13);
                assertThat(learners.get(terminale).canWriteRecords()).isTrue();
            });
        } finally {
            jdbc.update("update staff_member set username = null where username = ?", ENSEIGNANT);
        }
    }

    @Test
    void a_teacher_writes_and_edits_their_records_which_staff_then_read() {
        long bernard = idOf("BERNARD");
        long[] id = new long[2];
        as(ENSEIGNANT, () -> {
            LearnerRecordView created = records.create(bernard, draft("Bilan du premier trimestre"));
            assertThat(created.diploma()).isEqualTo("2nde générale et technologique");
            assertThat(created.author()).isEqualTo(ENSEIGNANT);
            LearnerRecordView edited = records.update(created.id(), created.version(),
                    new RecordDraft(RecordKind.BILAN, LocalDate.of(2024, 12, 20), "Bilan du premier trimestre", "Progrès nets."));
            assertThat(edited.content()).isEqualTo("Progrès nets.");
            assertThatThrownBy(() -> records.update(created.id(), created.version(), draft("Ancienne version")))
                    .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
            assertThatThrownBy(() -> records.create(bernard, new RecordDraft(RecordKind.FICHE, LocalDate.of(2024, 12, 1), " ", "x")))
                    .isInstanceOfSatisfying(RecordRejectedException.class, e -> assertThat(e.messageKey()).isEqualTo("learner.record.error.title"));
            id[0] = created.id();
        });
        as(SECRETAIRE, () -> {
            assertThat(records.list(bernard, RecordKind.BILAN)).singleElement().satisfies(r -> {
                assertThat(r.content()).isEqualTo("Progrès nets.");
                assertThat(r.editable()).isFalse();
            });
            assertThatThrownBy(() -> records.create(bernard, draft("Bilan"))).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void a_learner_of_another_establishment_is_refused_by_id() {
        long bernard = idOf("BERNARD");
        as(DIRECTEUR, () -> {
            long ecole = currentUser.require().establishmentIds().stream().filter(e -> e != lycee.lyceeId()).findFirst().orElseThrow();
            currentUser.switchEstablishment(ecole);
            assertThatThrownBy(() -> learners.get(bernard)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> records.list(bernard, RecordKind.FICHE)).isInstanceOf(AccessDeniedException.class);
        });
    }

    /** Without a grant (the inspection feature's tests cover grants): an empty list, and every learner refused by id. */
    @Test
    void an_inspector_without_a_grant_reads_no_learner() {
        long bernard = idOf("BERNARD");
        as(INSPECTEUR, () -> {
            assertThat(learners.page(LearnerFilter.all(), 0, 10)).isEmpty();
            assertThat(learners.divisions()).isEmpty();
            assertThatThrownBy(() -> learners.get(bernard)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> records.list(bernard, RecordKind.BILAN)).isInstanceOf(AccessDeniedException.class);
        });
    }

    /** A deactivated learner keeps their records. */
    @Test
    void records_stay_when_the_learner_leaves() {
        long bernard = idOf("BERNARD");
        as(ENSEIGNANT, () -> records.create(bernard, draft("Fiche d'activité")));
        jdbc.update("update enrolment set active = false where learner_id = ?", bernard);
        as(SECRETAIRE, () -> assertThat(records.list(bernard, RecordKind.BILAN)).hasSize(1));
        as(ENSEIGNANT, () -> {
            assertThat(records.list(bernard, RecordKind.BILAN)).hasSize(1);
            assertThatThrownBy(() -> records.create(bernard, draft("Après le départ"))).isInstanceOf(AccessDeniedException.class);
        });
    }

    private static RecordDraft draft(String title) {
        return new RecordDraft(RecordKind.BILAN, LocalDate.of(2024, 12, 15), title, "Élève sérieux, participe volontiers.");
    }

}
