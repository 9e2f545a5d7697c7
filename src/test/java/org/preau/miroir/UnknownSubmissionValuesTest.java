package org.preau.miroir;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.preau.establishment.SchoolYearView;
import org.preau.miroir.ui.MiroirView;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored send whose purpose or status this version does not know (another version wrote it, or a
 * hand) is read as unknown: the Miroir page shows it so instead of a server error page.
 */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
@WithUserDetails(MiroirFixture.DIRECTOR)
class UnknownSubmissionValuesTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired MiroirTransfer transfer;

    @RegisterExtension
    static final MiroirFixture fixture = new MiroirFixture();

    @BeforeEach
    void aSendWithValuesNoEnumKnows() {
        SchoolYearView year = fixture.positionOn(MiroirFixture.CEB_YEAR);
        jdbc.update("""
                insert into miroir_submission (establishment_id, school_year_id, start_year, purpose, exchange_id, status, sent_at, sent_by)
                values (?, ?, ?, 'FINAL', 0, 'SENT', ?, 'ancienne-version')""",
                fixture.ecoleId(), year.id(), MiroirFixture.CEB_YEAR, Timestamp.from(Instant.parse("2022-06-30T10:00:00Z")));
    }

    @AfterEach
    void removeIt() {
        jdbc.update("delete from miroir_submission where sent_by = 'ancienne-version'");
    }

    @Test
    void an_unknown_purpose_and_status_are_read_as_unknown() {
        assertThat(transfer.submissions()).filteredOn(s -> "ancienne-version".equals(s.sentBy())).singleElement()
                .satisfies(s -> {
                    assertThat(s.use()).isEqualTo(MiroirUse.UNKNOWN);
                    assertThat(s.status()).isEqualTo(SubmissionStatus.UNKNOWN);
                });
    }

    @Test
    void the_miroir_page_opens_and_shows_the_send_as_unknown() {
        navigate(MiroirView.class);
        @SuppressWarnings("unchecked")
        Grid<MiroirSubmission> grid = find(Grid.class).withId("miroir-submissions").single();
        int row = transfer.submissions().stream().map(MiroirSubmission::sentBy).toList().indexOf("ancienne-version");
        assertThat(test(grid).getCellText(row, 2)).isEqualTo("envoi d'un type inconnu");
        assertThat(test(grid).getCellText(row, 3)).isEqualTo("Statut inconnu (voir le journal de l'application)");
    }
}
