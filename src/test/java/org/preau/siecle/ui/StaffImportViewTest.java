package org.preau.siecle.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.Samples;
import org.preau.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/** The import screen without a browser: upload, background reading, preview, confirmation. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class StaffImportViewTest extends SpringBrowserlessTest {

    @Autowired
    SchoolYearService years;
    @Autowired
    StaffFixtures fixtures;
    SchoolYearView y2024;

    @BeforeEach
    void emptyLyceeStaff() {
        y2024 = fixtures.lyceeWithoutStaff(2024);
    }

    /** Lets the background work finish, then runs what it handed to the UI. */
    private void awaitWork(StaffImportView view) throws Exception {
        roundTrip();
        view.panel.work().get(30, TimeUnit.SECONDS);
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
    }

    private StaffImportView upload(String name, byte[] content) throws Exception {
        StaffImportView view = navigate(StaffImportView.class);
        view.year.setValue(years.require(y2024.id()));
        test(view.panel.upload()).upload(name, "application/xml", content);
        awaitWork(view);
        return view;
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void an_uploaded_export_is_previewed_then_written_on_confirmer() throws Exception {
        StaffImportView view = upload("sts_emp_0179912G_2024.xml", Samples.bytes("lycee-verdier/2024/sts_emp_0179912G_2024.xml"));

        assertThat(view.panel.previewArea().isVisible()).isTrue();
        assertThat(view.panel.shown().arrivals()).hasSize(16);
        assertThat(test(view.report.arrivals).size()).isEqualTo(16);
        assertThat(fixtures.count("select count(*) from staff_member where establishment_id = ?", fixtures.lyceeId())).isZero();
        assertThat(view.panel.progressBar().isVisible()).isFalse();

        test(view.panel.confirmButton()).click();
        awaitWork(view);

        assertThat(view.panel.resultArea().isVisible()).isTrue();
        assertThat(fixtures.count("select count(*) from staff_member where establishment_id = ?", fixtures.lyceeId())).isEqualTo(16);
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void annuler_writes_nothing() throws Exception {
        StaffImportView view = upload("sts.xml", Samples.bytes("lycee-verdier/2024/sts_emp_0179912G_2024.xml"));

        test(view.panel.cancelButton()).click();

        assertThat(view.panel.previewArea().isVisible()).isFalse();
        assertThat(fixtures.count("select count(*) from staff_member where establishment_id = ?", fixtures.lyceeId())).isZero();
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_timetable_export_shows_a_french_refusal_with_its_location() throws Exception {
        StaffImportView view = upload("edt.xml", Samples.bytes("bad/wrong_root_edt_sts.xml"));

        assertThat(view.panel.refusalArea().isVisible()).isTrue();
        assertThat(view.panel.previewArea().isVisible()).isFalse();
        assertThat(view.panel.refusalArea().getElement().getTextRecursively()).contains("emploi du temps").contains("ligne 2, élément EDT_STS");
    }
}
