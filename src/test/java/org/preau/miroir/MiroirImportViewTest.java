package org.preau.miroir;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.preau.base.ui.UploadPreview;
import org.preau.establishment.SchoolYearView;
import org.preau.miroir.ui.MiroirImportView;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Élèves › Capital-périodes without a browser: the capital CSV through the shared upload component. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class MiroirImportViewTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;

    @RegisterExtension
    static final MiroirFixture fixture = new MiroirFixture();

    SchoolYearView year;

    /** Positions the signed-in director on the capital year (as the fixture does for the service tests), then uploads. */
    private UploadPreview<?, ?> upload(String content) throws Exception {
        year = fixture.positionOn(MiroirFixture.CAPITAL_YEAR);
        fixture.staff(year, "Dubois", "Marie", "ENS");
        navigate(MiroirImportView.class);
        Upload upload = find(Upload.class).withId("capital-upload").single();
        UploadPreview<?, ?> panel = (UploadPreview<?, ?>) upload.getParent().orElseThrow();
        test(upload).upload("capital.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
        await(panel);
        return panel;
    }

    private void await(UploadPreview<?, ?> panel) throws Exception {
        roundTrip();
        panel.work().get(30, TimeUnit.SECONDS);
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
    }

    private int lines() {
        return jdbc.queryForObject("select count(*) from miroir_capital_line where school_year_id = ?", Integer.class, year.id());
    }

    @Test
    @WithUserDetails(MiroirFixture.DIRECTOR)
    void a_capital_file_is_previewed_then_written_on_confirmer() throws Exception {
        String sample = Files.readString(Path.of("src/test/resources/miroir/capital-periodes.csv"))
                .replace("2026-2027", "2030-2031").replace("5432;", "7781;");
        UploadPreview<?, ?> panel = upload(sample);

        assertThat(panel.previewArea().isVisible()).isTrue();
        assertThat(lines()).as("nothing written before Confirmer").isZero();

        test(panel.confirmButton()).click();
        await(panel);

        assertThat(panel.resultArea().isVisible()).isTrue();
        assertThat(lines()).isEqualTo(8);
    }

    @Test
    @WithUserDetails(MiroirFixture.DIRECTOR)
    void a_bad_number_of_periods_is_refused_with_its_line_and_column_and_nothing_is_written() throws Exception {
        UploadPreview<?, ?> panel = upload("FASE;Année scolaire;Implantation;Niveau;Nature;Périodes;Enseignant nom;Enseignant prénom\n"
                + "7781;2030-2031;Centre;P;ENC;abc;;\n");

        Div refusal = panel.refusalArea();
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getElement().getTextRecursively()).contains("abc").contains("ligne 2");
        assertThat(panel.previewArea().isVisible()).isFalse();
        assertThat(find(Button.class).withId("capital-confirm").all()).as("no Confirmer to press").isEmpty();
        assertThat(lines()).isZero();
    }
}
