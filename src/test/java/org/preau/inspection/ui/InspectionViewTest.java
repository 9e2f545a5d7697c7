package org.preau.inspection.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.inspection.InspectionProvisioning;
import org.preau.inspection.InspectorAccess;
import org.preau.inspection.Referent;
import org.preau.base.ui.AccessDeniedView;
import org.preau.learner.LearnerRow;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/** The inspector console without a browser: a revocation while it is open, and learners asked for by URL. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class InspectionViewTest extends SpringBrowserlessTest {

    static final String SECONDE = "20010018110";

    @Autowired LyceeLearners lycee;
    @Autowired InspectionProvisioning provisioning;
    @Autowired InspectorAccess access;
    @Autowired SchoolYearService schoolYears;
    @Autowired SignedIn signedIn;
    @Autowired JdbcTemplate jdbc;

    SchoolYearView year;
    long diploma;

    @BeforeEach
    void granted() {
        clean();
        lycee.clear();
        year = lycee.import2024();
        diploma = provisioning.ensureDiploma(lycee.lyceeId(), SECONDE, "2nde générale et technologique",
                new Referent(INSPECTEUR, "Inès Robert", "ines.robert@inspection.example"));
        signedIn.as(DIRECTEUR, () -> access.setGranted(diploma, true));
    }

    @AfterEach
    void clean() {
        signedIn.forget();
        lycee.clearInspectorGrants(lycee.lyceeId());
    }

    private List<LearnerRow> rows(InspectionView view) {
        return view.grid.getLazyDataView().getItems().toList();
    }

    @Test
    @WithUserDetails(INSPECTEUR)
    void the_console_lists_the_granted_diplomas_learners_and_says_when_the_grant_is_withdrawn() {
        schoolYears.select(year.id());
        InspectionView view = navigate(InspectionView.class);
        assertThat(rows(view)).isNotEmpty().allMatch(r -> "2NDE GT".equals(r.formation()));

        signedIn.as(DIRECTEUR, () -> access.setGranted(diploma, false));
        test(view.search).setValue("B");

        assertThat(view.message.getText()).isEqualTo("L'accès à ce diplôme vient d'être retiré.");
        assertThat(view.diplomas.getGenericDataView().getItems().count()).isZero();
    }

    @Test
    @WithUserDetails(INSPECTEUR)
    void a_learner_of_another_diploma_asked_for_by_url_shows_access_denied() {
        schoolYears.select(year.id());
        long premiere = jdbc.queryForObject("select learner_id from enrolment where school_year_id = ? and code_mef = '20110019110' limit 1",
                Long.class, year.id());
        long seconde = jdbc.queryForObject("select learner_id from enrolment where school_year_id = ? and code_mef = ? limit 1",
                Long.class, year.id(), SECONDE);

        navigate("inspection/eleve/" + seconde, InspectionLearnerView.class);
        navigate("inspection/eleve/" + premiere, AccessDeniedView.class);
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void a_director_cannot_open_the_console() {
        navigate("inspection", AccessDeniedView.class);
    }
}
