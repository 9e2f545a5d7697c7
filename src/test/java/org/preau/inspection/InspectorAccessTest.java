package org.preau.inspection;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.ModuleDisabledException;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.LearnerFilter;
import org.preau.learner.LearnerRecordService;
import org.preau.learner.LearnerRow;
import org.preau.learner.LearnerService;
import org.preau.learner.LearnerStatus;
import org.preau.learner.RecordDraft;
import org.preau.learner.RecordKind;
import org.preau.learner.TeacherDivisionProvisioning;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.preau.support.DemoUsers.*;

/** Grants and revocations on the real database, told by mail through a real SMTP server (GreenMail). */
@PreauIntegrationTest
class InspectorAccessTest {

    static final String SECONDE = "20010018110";
    static final String PREMIERE = "20110019110";

    @Autowired InspectorAccess access;
    @Autowired InspectorConsole console;
    @Autowired InspectionProvisioning provisioning;
    @Autowired LearnerService learners;
    @Autowired LearnerRecordService records;
    @Autowired TeacherDivisionProvisioning teacherDivisions;
    @Autowired ModuleSettings modules;
    @Autowired SchoolYearService schoolYears;
    @Autowired LyceeLearners lycee;
    @Autowired SignedIn signedIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired GreenMail greenMail;

    SchoolYearView year;
    /** Read from the database: another test renames the lycée. */
    String lyceeName;
    long seconde;
    long premiere;

    @BeforeEach
    void lyceeWithLearnersAndTwoDiplomas() throws Exception {
        long lyceeId = lycee.lyceeId();
        lycee.clearInspectorGrants(lyceeId);
        jdbc.update("delete from establishment_module where establishment_id = ?", lyceeId);
        lycee.clear();
        year = lycee.import2024();
        lyceeName = jdbc.queryForObject("select name from establishment where id = ?", String.class, lyceeId);
        Referent ines = new Referent(INSPECTEUR, "Inès Robert", "ines.robert@inspection.example");
        seconde = provisioning.ensureDiploma(lyceeId, SECONDE, "2nde générale et technologique", ines);
        premiere = provisioning.ensureDiploma(lyceeId, PREMIERE, "Première générale");
        greenMail.purgeEmailFromAllMailboxes();
        signedIn.forget();
        signedIn.as(DIRECTEUR, () -> lycee.workIn(year));
        signedIn.as(INSPECTEUR, () -> lycee.workIn(year));
    }

    @AfterEach
    void signOut() {
        signedIn.forget();
        lycee.clearInspectorGrants(lycee.lyceeId());
    }

    private List<LearnerRow> inspectorSees(String diploma) {
        return signedIn.as(INSPECTEUR, () -> learners.page(new LearnerFilter(null, diploma, LearnerStatus.ALL, null), 0, 500));
    }

    private List<Long> idsOf(String codeMef) {
        return jdbc.queryForList("select learner_id from enrolment where school_year_id = ? and code_mef = ?", Long.class, year.id(), codeMef);
    }

    private MimeMessage[] awaitMails(int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> greenMail.getReceivedMessages().length >= count);
        return greenMail.getReceivedMessages();
    }

    @Test
    void a_grant_mails_the_referent_in_french_and_opens_the_diplomas_learners_to_them() throws Exception {
        assertThat(inspectorSees(null)).isEmpty();

        DiplomaGrant granted = signedIn.as(DIRECTEUR, () -> access.setGranted(seconde, true));

        assertThat(granted.granted()).isTrue();
        assertThat(granted.changedBy()).as("the director by name").isEqualTo("Paul Durand");
        assertThat(granted.title()).isEqualTo("2nde générale et technologique (Inès Robert)");
        MimeMessage mail = awaitMails(1)[0];
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString)).containsExactly("ines.robert@inspection.example");
        assertThat(mail.getSubject()).isEqualTo("Préau : accès au diplôme 2nde générale et technologique (" + lyceeName + ")");
        String received = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(received)
                .startsWith("Bonjour Inès Robert,\n\nL'établissement " + lyceeName + " vous donne accès en lecture "
                        + "aux apprenants du diplôme « 2nde générale et technologique »")
                .contains("Accès donné par Paul Durand.");
        assertThat(jdbc.queryForObject("select status from mail_message where establishment_id = ?", String.class, lycee.lyceeId()))
                .isEqualTo("SENT");

        List<Long> secondes = idsOf(SECONDE);
        assertThat(secondes).isNotEmpty();
        assertThat(inspectorSees(null)).extracting(LearnerRow::id).containsExactlyInAnyOrderElementsOf(secondes);
        assertThat(inspectorSees(PREMIERE)).isEmpty();
        signedIn.as(INSPECTEUR, () -> {
            assertThat(learners.get(secondes.getFirst()).id()).isEqualTo(secondes.getFirst());
            assertThat(learners.diplomas()).extracting(m -> m.codeMef()).containsExactly(SECONDE);
            assertThat(console.granted()).extracting(GrantedDiploma::diplomaCode, GrantedDiploma::establishmentName)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(SECONDE, lyceeName));
        });
        assertThat(signedIn.as(DIRECTEUR, () -> access.changes())).extracting(GrantChange::granted, GrantChange::changedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, "Paul Durand"));
    }

    @Test
    void the_inspector_reads_the_records_of_a_granted_learner_and_cannot_write() {
        long learner = idsOf(SECONDE).getFirst();
        String division = jdbc.queryForObject("select division from enrolment where learner_id = ? and school_year_id = ?", String.class,
                learner, year.id());
        teacherDivisions.assign(lycee.lyceeId(), year.id(), ENSEIGNANT, division);
        signedIn.as(ENSEIGNANT, () -> {
            lycee.workIn(year);
            records.create(learner, new RecordDraft(RecordKind.BILAN, LocalDate.of(2024, 12, 10), "Bilan du trimestre", "Progrès nets."));
        });
        signedIn.as(DIRECTEUR, () -> access.setGranted(seconde, true));

        signedIn.as(INSPECTEUR, () -> {
            assertThat(records.list(learner, RecordKind.BILAN)).extracting(r -> r.title()).containsExactly("Bilan du trimestre");
            assertThat(learners.get(learner).canWriteRecords()).isFalse();
            assertThatThrownBy(() -> records.create(learner, new RecordDraft(RecordKind.BILAN, LocalDate.of(2024, 12, 11), "x", "y")))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void learners_of_other_diplomas_are_refused_by_id_even_with_a_grant() {
        signedIn.as(DIRECTEUR, () -> access.setGranted(seconde, true));
        List<Long> others = idsOf(PREMIERE);
        assertThat(others).isNotEmpty();

        signedIn.as(INSPECTEUR, () -> {
            for (long id : others) {
                assertThatThrownBy(() -> learners.get(id)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> records.list(id, RecordKind.BILAN)).isInstanceOf(AccessDeniedException.class);
            }
        });
    }

    @Test
    void a_grant_to_a_diploma_without_the_inspector_as_referent_shows_them_nothing() {
        signedIn.as(DIRECTEUR, () -> access.setGranted(premiere, true));

        assertThat(inspectorSees(null)).isEmpty();
        long id = idsOf(PREMIERE).getFirst();
        signedIn.as(INSPECTEUR, () -> assertThatThrownBy(() -> learners.get(id)).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void a_revocation_mails_the_referent_and_closes_the_door_at_once_in_the_open_session() throws Exception {
        signedIn.as(DIRECTEUR, () -> access.setGranted(seconde, true));
        long id = idsOf(SECONDE).getFirst();
        signedIn.as(INSPECTEUR, () -> assertThat(learners.get(id).id()).isEqualTo(id));
        awaitMails(1);

        signedIn.as(DIRECTEUR, () -> access.setGranted(seconde, false));

        MimeMessage revoked = awaitMails(2)[1];
        assertThat(revoked.getSubject()).isEqualTo("Préau : fin de l'accès au diplôme 2nde générale et technologique (" + lyceeName + ")");
        assertThat(inspectorSees(null)).isEmpty();
        assertThat(inspectorSees(SECONDE)).isEmpty();
        signedIn.as(INSPECTEUR, () -> {
            assertThatThrownBy(() -> learners.get(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> records.list(id, RecordKind.FICHE)).isInstanceOf(AccessDeniedException.class);
            assertThat(learners.divisions()).isEmpty();
            assertThat(console.granted()).isEmpty();
            assertThatThrownBy(() -> console.open(lycee.lyceeId(), SECONDE)).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(signedIn.as(DIRECTEUR, () -> access.changes())).extracting(GrantChange::granted).containsExactly(false, true);
    }

    @Test
    void switching_to_the_state_it_already_has_records_nothing_and_mails_nobody() {
        signedIn.as(DIRECTEUR, () -> access.setGranted(seconde, false));

        assertThat(signedIn.as(DIRECTEUR, () -> access.changes())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from mail_message where establishment_id = ?", Integer.class, lycee.lyceeId())).isZero();
    }

    @Test
    void with_the_module_off_the_service_refuses_and_the_inspector_sees_nothing() {
        signedIn.as(DIRECTEUR, () -> access.setGranted(seconde, true));

        signedIn.as(DIRECTEUR, () -> modules.set(PreauModule.ACCES_INSPECTEUR, false));

        signedIn.as(DIRECTEUR, () -> {
            assertThatThrownBy(() -> access.setGranted(seconde, false)).isInstanceOf(ModuleDisabledException.class)
                    .hasMessage("Le module « Accès inspecteur » est désactivé pour cet établissement (Paramètres › Modules).");
            assertThatThrownBy(() -> access.diplomas()).isInstanceOf(ModuleDisabledException.class);
        });
        assertThat(inspectorSees(null)).isEmpty();
        signedIn.as(INSPECTEUR, () -> assertThat(console.granted()).isEmpty());
    }

    @Test
    void only_the_director_grants_and_only_an_inspector_opens_the_console() {
        signedIn.as(SECRETAIRE, () -> assertThatThrownBy(() -> access.setGranted(seconde, true)).isInstanceOf(AccessDeniedException.class));
        signedIn.as(INSPECTEUR, () -> assertThatThrownBy(() -> access.setGranted(seconde, true)).isInstanceOf(AccessDeniedException.class));
        signedIn.as(DIRECTEUR, () -> assertThatThrownBy(() -> console.granted()).isInstanceOf(AccessDeniedException.class));
        assertThat(jdbc.queryForObject("select granted from inspection_diploma where id = ?", Boolean.class, seconde)).isFalse();
    }

    @Test
    void a_director_adds_the_nomenclature_diplomas_and_an_inspector_as_referent() {
        jdbc.update("delete from inspection_diploma where establishment_id = ?", lycee.lyceeId());

        int added = signedIn.as(DIRECTEUR, () -> access.addNomenclatureDiplomas());
        DiplomaGrant tle = signedIn.as(DIRECTEUR, () -> access.diplomas()).stream()
                .filter(d -> d.diplomaCode().equals("20210019110")).findFirst().orElseThrow();
        DiplomaGrant withReferent = signedIn.as(DIRECTEUR, () -> access.addReferent(tle.id(), INSPECTEUR));

        assertThat(added).isEqualTo(3);
        assertThat(withReferent.title()).isEqualTo("Terminale générale (Inès Robert)");
        assertThat(signedIn.as(DIRECTEUR, () -> access.addNomenclatureDiplomas())).isZero();
        signedIn.as(DIRECTEUR, () -> assertThatThrownBy(() -> access.addReferent(tle.id(), SECRETAIRE))
                .isInstanceOf(InvalidDiplomaException.class).hasMessage("secretaire n'est pas un inspecteur de cet établissement."));
    }

    @Test
    void another_establishments_diploma_cannot_be_switched_by_id() {
        long ecoleId = jdbc.queryForObject("select id from establishment where fase = ?", Long.class, ECOLE_FASE);
        long foreign = provisioning.ensureDiploma(ecoleId, "BE-1", "Diplôme d'ailleurs");
        try {
            signedIn.as(DIRECTEUR, () -> assertThatThrownBy(() -> access.setGranted(foreign, true)).isInstanceOf(AccessDeniedException.class));
            assertThat(jdbc.queryForObject("select granted from inspection_diploma where id = ?", Boolean.class, foreign)).isFalse();
        } finally {
            jdbc.update("delete from inspection_diploma where id = ?", foreign);
        }
    }
}
