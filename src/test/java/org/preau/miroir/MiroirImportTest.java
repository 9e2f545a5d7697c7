package org.preau.miroir;

import org.preau.pupil.Ceb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeFilter;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeStatus;
import org.preau.exchange.ExchangeSummary;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The capital-périodes and pupil-data imports: preview, bad input with line and column, nothing half-written, history. */
@PreauIntegrationTest
@WithUserDetails(MiroirFixture.DIRECTOR)
class MiroirImportTest {

    private static final String HEADER = "FASE;Année scolaire;Implantation;Niveau;Nature;Périodes;Enseignant nom;Enseignant prénom";

    @Autowired JdbcTemplate jdbc;
    @Autowired CapitalPeriodesImport capital;
    @Autowired MiroirPupils pupils;
    @Autowired ExchangeLog exchanges;

    @RegisterExtension
    static final MiroirFixture fixture = new MiroirFixture();
    SchoolYearView year;

    @BeforeEach
    void positionOnTheCapitalYear() {
        year = fixture.positionOn(MiroirFixture.CAPITAL_YEAR);
        fixture.staff(year, "Dubois", "Marie", "ENS");
    }

    @Test
    void the_sample_file_previews_without_writing_then_imports_and_the_same_file_again_changes_nothing() throws Exception {
        byte[] sample = Files.readString(Path.of("src/test/resources/miroir/capital-periodes.csv"))
                .replace("2026-2027", "2030-2031").replace("5432;", "7781;").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CapitalPreview preview = capital.preview("capital-periodes.csv", sample);
        assertThat(lines()).isZero();
        assertThat(preview.allotmentLines()).isEqualTo(7);
        assertThat(preview.periodsAllotted()).isEqualTo(96 + 8 + 12 + 4 + 72 + 6 + 52);
        assertThat(preview.attributionLines()).isEqualTo(1);
        assertThat(preview.added()).isEqualTo(8);

        capital.confirm("capital-periodes.csv", sample);
        assertThat(lines()).isEqualTo(8);
        CapitalPreview again = capital.preview("capital-periodes.csv", sample);
        assertThat(again.unchanged()).isTrue();
        capital.confirm("capital-periodes.csv", sample);
        assertThat(latest(ExchangeKind.CAPITAL_PERIODES).summary()).contains("rien n'a changé");
    }

    @Test
    void a_bad_value_refuses_the_whole_file_with_its_line_and_column_and_keeps_the_refusal_in_the_history() {
        capital.confirm("ok.csv", MiroirFixture.csv(HEADER, "7781;2030-2031;Centre;P;ENC;48;;"));
        byte[] bad = MiroirFixture.csv(HEADER, "7781;2030-2031;Centre;P;ENC;50;;", "7781;2030-2031;Centre;P;EDPHY;beaucoup;;");

        assertThatThrownBy(() -> capital.confirm("bad.csv", bad)).isInstanceOf(MiroirFileRefusedException.class)
                .hasMessageContaining("« beaucoup »")
                .satisfies(e -> assertThat(((MiroirFileRefusedException) e).location()).isEqualTo("ligne 3, colonne periodes"));
        assertThat(jdbc.queryForList("select periods from miroir_capital_line where school_year_id = ?", Integer.class, year.id()))
                .containsExactly(48);
        ExchangeSummary refused = latest(ExchangeKind.CAPITAL_PERIODES);
        assertThat(refused.status()).isEqualTo(ExchangeStatus.FAILURE);
        assertThat(exchanges.payload(refused.id())).isPresent();
    }

    @Test
    void another_schools_file_another_year_or_an_unknown_teacher_is_refused() {
        assertThatThrownBy(() -> capital.preview("f.csv", MiroirFixture.csv(HEADER, "9999;2030-2031;Centre;P;ENC;48;;")))
                .hasMessageContaining("FASE 9999");
        assertThatThrownBy(() -> capital.preview("f.csv", MiroirFixture.csv(HEADER, "7781;2029-2030;Centre;P;ENC;48;;")))
                .hasMessageContaining("2029-2030");
        assertThatThrownBy(() -> capital.preview("f.csv", MiroirFixture.csv(HEADER, "7781;2030-2031;Centre;P1;ENC;24;Inconnu;Jean")))
                .isInstanceOf(MiroirFileRefusedException.class).hasMessageContaining("Inconnu Jean")
                .satisfies(e -> assertThat(((MiroirFileRefusedException) e).location()).isEqualTo("ligne 2, colonne enseignant_nom"));
        assertThatThrownBy(() -> capital.preview("f.csv", MiroirFixture.csv("FASE;Implantation", "7781;Centre")))
                .hasMessageContaining("annee_scolaire");
        assertThatThrownBy(() -> capital.preview("f.csv", new byte[MiroirCsv.MAX_BYTES + 1])).hasMessageContaining("dépasse");
        assertThat(lines()).isZero();
    }

    @Test
    void a_ceb_result_outside_the_sixth_year_refuses_the_pupil_file_and_writes_nothing() {
        fixture.enrol(year, List.of(new String[]{"MIR-I1", "India", "Iris"}, new String[]{"MIR-I2", "Juliett", "Jo"}));
        byte[] bad = MiroirFixture.csv("Identifiant;Nom;Niveau;Implantation;CEB", "MIR-I1;India;P6;Centre;réussi", "MIR-I2;Juliett;P5;Centre;échec");
        assertThatThrownBy(() -> pupils.confirm("eleves.csv", bad)).isInstanceOf(MiroirFileRefusedException.class)
                .satisfies(e -> assertThat(((MiroirFileRefusedException) e).location()).isEqualTo("ligne 3, colonne ceb"));
        assertThat(jdbc.queryForObject("select count(*) from miroir_pupil where school_year_id = ?", Integer.class, year.id())).isZero();

        byte[] wrongName = MiroirFixture.csv("Identifiant;Nom;Niveau;Implantation", "MIR-I1;Autre;P6;Centre");
        assertThatThrownBy(() -> pupils.preview("eleves.csv", wrongName)).hasMessageContaining("« Autre »");

        PupilImportPreview preview = pupils.preview("eleves.csv", MiroirFixture.csv("Identifiant;Nom;Niveau;Implantation;CEB",
                "MIR-I1;India;P6;Centre;réussi", "MIR-I2;Juliett;P5;Centre;"));
        assertThat(preview.newCount()).isEqualTo(2);
        pupils.confirm("eleves.csv", MiroirFixture.csv("Identifiant;Nom;Niveau;Implantation;CEB",
                "MIR-I1;India;P6;Centre;réussi", "MIR-I2;Juliett;P5;Centre;"));
        assertThat(pupils.preview("eleves.csv", MiroirFixture.csv("Identifiant;Nom;Niveau;Implantation;CEB",
                "MIR-I1;India;P6;Centre;réussi", "MIR-I2;Juliett;P5;Annexe;")).changedCount()).isEqualTo(1);
    }

    @Test
    void the_learner_page_saves_a_pupils_level_and_refuses_a_ceb_result_below_the_sixth_year() {
        fixture.enrol(year, List.<String[]>of(new String[]{"MIR-I3", "Kilo", "Kim"}));
        long learner = fixture.learnerId(year, "MIR-I3");
        pupils.save(learner, Level.P6, " Centre ", Ceb.REUSSI);
        assertThat(pupils.get(learner)).contains(new PupilData(learner, Level.P6, "Centre", Ceb.REUSSI));
        assertThatThrownBy(() -> pupils.save(learner, Level.P4, "Centre", Ceb.ECHEC)).isInstanceOf(InvalidPupilDataException.class);
        assertThat(pupils.get(learner).orElseThrow().level()).isEqualTo(Level.P6);
    }

    private int lines() {
        return jdbc.queryForObject("select count(*) from miroir_capital_line where school_year_id = ?", Integer.class, year.id());
    }

    private ExchangeSummary latest(ExchangeKind kind) {
        return exchanges.search(new ExchangeFilter(kind, null, year.id()), 0, 1).getFirst();
    }
}
