package org.preau.inspection;

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

/** The inspection lines of the home page: the director's grants whose mail did not leave, the inspector's granted diplomas. */
@PreauIntegrationTest
class InspectionWaitingTest {

    static final String INES = "ines.robert@inspection.example";

    @Autowired GrantMailsWaiting grantMails;
    @Autowired InspectorDiplomas diplomas;
    @Autowired InspectionProvisioning provisioning;
    @Autowired CurrentUser currentUser;
    @Autowired LyceeLearners lycee;
    @Autowired SignedIn signedIn;
    @Autowired JdbcTemplate jdbc;

    long ecole;

    @BeforeEach
    void clean() {
        ecole = jdbc.queryForObject("select id from establishment where fase = ?", Long.class, ECOLE_FASE);
        wipe();
    }

    @AfterEach
    void wipe() {
        signedIn.forget();
        lycee.clearInspectorGrants(lycee.lyceeId());
        lycee.clearInspectorGrants(ecole);
    }

    /** A diploma granted without its mail going out through the outbox (the test writes the mail's fate itself). */
    private long granted(long establishmentId, String code, String label, Referent referent) {
        long id = provisioning.ensureDiploma(establishmentId, code, label, referent);
        jdbc.update("update inspection_diploma set granted = true where id = ?", id);
        return id;
    }

    private void mail(long establishmentId, String to, String status) {
        jdbc.update("insert into mail_message (establishment_id, recipient, subject, body, status, attempts, created_at, created_by) "
                + "values (?, ?, 'Accès', 'Texte', ?, 3, now(6), 'directeur')", establishmentId, to, status);
    }

    private List<WaitingItem> directorIn(long establishmentId) {
        return signedIn.as(DIRECTEUR, () -> {
            currentUser.switchEstablishment(establishmentId);
            return grantMails.waiting();
        });
    }

    @Test
    void a_granted_diploma_whose_referents_mail_failed_is_shown_to_the_director_with_a_link_to_the_grants() {
        granted(lycee.lyceeId(), "20010018110", "2nde générale et technologique", new Referent(INSPECTEUR, "Inès Robert", INES));
        granted(lycee.lyceeId(), "40025214", "Bac pro MELEC", new Referent("autre", "Luc Autre", "luc@inspection.example"));
        assertThat(directorIn(lycee.lyceeId())).isEmpty();

        mail(lycee.lyceeId(), INES, "FAILED");
        mail(lycee.lyceeId(), "luc@inspection.example", "SENT");

        assertThat(directorIn(lycee.lyceeId())).singleElement().satisfies(item -> {
            assertThat(item.count()).isEqualTo(1);
            assertThat(item.route()).isEqualTo("parametres/acces-inspecteur");
        });
        assertThat(signedIn.as(SECRETAIRE, () -> grantMails.waiting())).isEmpty();
    }

    @Test
    void another_establishments_failed_mail_to_the_same_inspector_is_never_counted() {
        granted(lycee.lyceeId(), "20010018110", "2nde générale et technologique", new Referent(INSPECTEUR, "Inès Robert", INES));
        mail(ecole, INES, "FAILED");

        assertThat(directorIn(lycee.lyceeId())).isEmpty();
        assertThat(directorIn(ecole)).isEmpty(); // the école granted nothing
    }

    @Test
    void the_inspector_sees_each_diploma_granted_to_them_with_its_learners_and_nothing_of_what_is_not_granted() {
        lycee.clear();
        var y2024 = lycee.import2024();
        String code = jdbc.queryForObject("""
                select coalesce(nullif(m.mef_rattachement, ''), e.code_mef) d from enrolment e
                left join mef m on m.establishment_id = e.establishment_id and m.code_mef = e.code_mef
                where e.establishment_id = ? and e.school_year_id = ? and e.active group by d order by count(*) desc limit 1""",
                String.class, lycee.lyceeId(), y2024.id());
        Long expected = jdbc.queryForObject("""
                select count(*) from enrolment e left join mef m on m.establishment_id = e.establishment_id and m.code_mef = e.code_mef
                where e.establishment_id = ? and e.school_year_id = ? and e.active and (e.code_mef = ? or m.mef_rattachement = ?)""",
                Long.class, lycee.lyceeId(), y2024.id(), code, code);
        granted(lycee.lyceeId(), code, "Diplôme de l'essai", new Referent(INSPECTEUR, "Inès Robert", INES));
        provisioning.ensureDiploma(lycee.lyceeId(), "99999999", "Pas ouvert", new Referent(INSPECTEUR, "Inès Robert", INES));
        granted(ecole, code, "Ouvert à un autre", new Referent("autre", "Luc Autre", "luc@inspection.example"));

        try {
            List<WaitingItem> items = signedIn.as(INSPECTEUR, () -> diplomas.waiting());
            assertThat(items).singleElement().satisfies(item -> {
                assertThat(item.textKey()).isEqualTo("home.inspector.diploma");
                assertThat(expected).isPositive();
                assertThat(item.arguments()).containsExactly(expected, "Diplôme de l'essai", "Lycée professionnel Alphonse-Verdier");
                assertThat(item.route()).isEqualTo("inspection");
            });
        } finally {
            lycee.clear();
        }
    }

    @Test
    void an_inspector_with_nothing_granted_is_told_so() {
        assertThat(signedIn.as(INSPECTEUR, () -> diplomas.waiting())).extracting(WaitingItem::textKey).containsExactly("home.inspector.nothingGranted");
        assertThat(signedIn.as(DIRECTEUR, () -> diplomas.waiting())).isEmpty();
    }
}
