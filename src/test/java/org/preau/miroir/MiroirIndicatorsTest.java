package org.preau.miroir;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.preau.establishment.SchoolYearView;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each indicator against numbers computed by hand from the fixture below (never against the
 * code's own output), and the detail rows of every indicator giving back its value.
 */
@PreauIntegrationTest
@WithUserDetails(MiroirFixture.DIRECTOR)
class MiroirIndicatorsTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired MiroirIndicators indicators;
    @Autowired MiroirPupils pupils;
    @Autowired CapitalPeriodesImport capital;
    @Autowired MiroirTransfer transfer;

    @RegisterExtension
    static final MiroirFixture fixture = new MiroirFixture();

    /**
     * 2030-2031, by hand: 9 pupils enrolled, 8 with Miroir data (Centre: 3 P1, 2 P6; Annexe: 2 M1,
     * 1 P1); teachers in function: Dubois, Lambert, Renard (Leroy is director, not counted);
     * allotted 48 + 4 + 26 = 78 periods; attributed 24 + 22 + 4 = 50; not attributed 28.
     */
    @Test
    void the_capital_periodes_year_gives_the_hand_computed_pupils_teachers_and_periods() {
        SchoolYearView year = capitalYear();
        MiroirReport report = indicators.compute();

        assertThat(report.use()).isEqualTo(MiroirUse.CAPITAL_PERIODES);
        assertThat(report.sendable()).isTrue();
        assertThat(value(report, "ELEVES")).isEqualByComparingTo("8");
        assertThat(value(report, "ELEVES.P1.CENTRE")).isEqualByComparingTo("3");
        assertThat(value(report, "ELEVES.P6.CENTRE")).isEqualByComparingTo("2");
        assertThat(value(report, "ELEVES.M1.ANNEXE")).isEqualByComparingTo("2");
        assertThat(value(report, "ELEVES.P1.ANNEXE")).isEqualByComparingTo("1");
        assertThat(report.indicators()).filteredOn(i -> i.code().startsWith("ELEVES.")).hasSize(4);
        assertThat(value(report, "ENSEIGNANTS")).isEqualByComparingTo("3");
        assertThat(value(report, "CAPITAL_ALLOUE")).isEqualByComparingTo("78");
        assertThat(value(report, "CAPITAL_UTILISE")).isEqualByComparingTo("50");
        assertThat(value(report, "CAPITAL_SOLDE")).isEqualByComparingTo("28");
        assertThat(report.indicator("CEB_CANDIDATS")).isEmpty();

        // Lambert holds 22 + 4 periods, Dubois 24, Renard none (a warning: data to check before sending)
        assertThat(report.staff()).extracting(MiroirReport.SubmittedStaff::lastName, MiroirReport.SubmittedStaff::periods)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dubois", 24), org.assertj.core.groups.Tuple.tuple("Lambert", 26),
                        org.assertj.core.groups.Tuple.tuple("Renard", 0));
        assertThat(report.warnings()).anyMatch(w -> w.contains("Renard")).anyMatch(w -> w.contains("Sansniveau"));
        assertThat(report.pupils()).hasSize(8);
        assertThat(year.label()).isEqualTo("2030-2031");
    }

    /**
     * 2021-2022, by hand: 8 pupils with data; 6 in P6 (3 passed, 1 failed, 1 not presented, 1
     * without a result yet) → 6 candidates, 4 presented, 3 passed, 3 / 4 = 75.0 %.
     */
    @Test
    void the_year_that_ended_gives_the_hand_computed_ceb_results() {
        cebYear();
        MiroirReport report = indicators.compute();

        assertThat(report.use()).isEqualTo(MiroirUse.CEB_RESULTS);
        assertThat(value(report, "ELEVES")).isEqualByComparingTo("8");
        assertThat(value(report, "ELEVES.P6.CENTRE")).isEqualByComparingTo("6");
        assertThat(value(report, "ELEVES.P5.CENTRE")).isEqualByComparingTo("2");
        assertThat(value(report, "CEB_CANDIDATS")).isEqualByComparingTo("6");
        assertThat(value(report, "CEB_PRESENTES")).isEqualByComparingTo("4");
        assertThat(value(report, "CEB_REUSSITES")).isEqualByComparingTo("3");
        assertThat(value(report, "CEB_TAUX_REUSSITE")).isEqualByComparingTo("75.0");
        assertThat(report.indicator("CAPITAL_ALLOUE")).isEmpty();
        assertThat(report.sendable()).as("the CEB results need no capital-périodes").isTrue();
        assertThat(report.warnings()).anyMatch(w -> w.contains("Sansresultat"));
    }

    @Test
    void the_detail_rows_of_every_indicator_give_back_its_value() {
        capitalYear();
        MiroirReport capitalReport = indicators.compute();
        cebYear();
        MiroirReport cebReport = indicators.compute();
        for (MiroirReport report : List.of(capitalReport, cebReport)) {
            for (Indicator indicator : report.indicators()) {
                BigDecimal sum = indicator.details().stream().map(IndicatorDetail::contribution).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (indicator.aggregation() == Indicator.Aggregation.SUM) {
                    assertThat(sum).as(indicator.code()).isEqualByComparingTo(indicator.value());
                } else {
                    assertThat(sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(indicator.details().size()), 1,
                            java.math.RoundingMode.HALF_UP)).as(indicator.code()).isEqualByComparingTo(indicator.value());
                }
                assertThat(indicator.details()).allSatisfy(d -> assertThat(d.cells()).hasSize(indicator.columns().size()));
            }
        }
        // the capital detail points at the lines of the imported file
        assertThat(capitalReport.indicator("CAPITAL_UTILISE").orElseThrow().details())
                .extracting(IndicatorDetail::reference).containsExactly("5", "6", "7");
        assertThat(new String(IndicatorCsv.of(capitalReport.indicators()), java.nio.charset.StandardCharsets.UTF_8))
                .contains("CAPITAL_UTILISE;Capital-périodes utilisé (attribué aux enseignants);50;Capital-périodes;6;6;Lambert Paul;Centre;P6;ENC;22;22");
    }

    @Test
    void without_a_capital_periodes_the_year_under_way_cannot_be_sent() {
        SchoolYearView year = capitalYear();
        jdbc.update("delete from miroir_capital_line where establishment_id = ? and school_year_id = ?", fixture.ecoleId(), year.id());
        MiroirReport report = indicators.compute();
        assertThat(report.sendable()).isFalse();
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("Aucun capital-périodes importé pour 2030-2031"));
        assertThatThrownBy(() -> transfer.send()).isInstanceOf(MiroirSendRefusedException.class)
                .hasMessageContaining("importez-le");
    }

    private SchoolYearView capitalYear() {
        SchoolYearView year = fixture.positionOn(MiroirFixture.CAPITAL_YEAR);
        fixture.enrol(year, List.of(
                new String[]{"MIR-C1", "Alpha", "Ana"}, new String[]{"MIR-C2", "Bravo", "Ben"}, new String[]{"MIR-C3", "Charlie", "Cléo"},
                new String[]{"MIR-C4", "Delta", "Dan"}, new String[]{"MIR-C5", "Echo", "Eva"}, new String[]{"MIR-C6", "Foxtrot", "Fred"},
                new String[]{"MIR-C7", "Golf", "Gaby"}, new String[]{"MIR-C8", "Hotel", "Hugo"}, new String[]{"MIR-C9", "Sansniveau", "Ivo"}));
        fixture.staff(year, "Dubois", "Marie", "ENS");
        fixture.staff(year, "Lambert", "Paul", "ENS");
        fixture.staff(year, "Renard", "Sophie", "ENS");
        fixture.staff(year, "Leroy", "Anne", "DIR");
        pupils.confirm("eleves.csv", MiroirFixture.csv("Identifiant;Nom;Prénom;Niveau;Implantation;CEB",
                "MIR-C1;Alpha;Ana;P1;Centre;", "MIR-C2;Bravo;Ben;P1;Centre;", "MIR-C3;Charlie;Cléo;P1;Centre;",
                "MIR-C4;Delta;Dan;P6;Centre;", "MIR-C5;Echo;Eva;P6;Centre;",
                "MIR-C6;Foxtrot;Fred;M1;Annexe;", "MIR-C7;Golf;Gaby;M1;Annexe;", "MIR-C8;Hotel;Hugo;P1;Annexe;"));
        capital.confirm("capital.csv", MiroirFixture.csv(
                "FASE;Année scolaire;Implantation;Niveau;Nature;Périodes;Enseignant nom;Enseignant prénom",
                "7781;2030-2031;Centre;P;ENC;48;;",
                "7781;2030-2031;Centre;P;EDPHY;4;;",
                "7781;2030-2031;Annexe;M;ENC;26;;",
                "7781;2030-2031;Centre;P1;ENC;24;Dubois;Marie",
                "7781;2030-2031;Centre;P6;ENC;22;Lambert;Paul",
                "7781;2030-2031;Centre;P;EDPHY;4;LAMBERT;paul"));
        return year;
    }

    private SchoolYearView cebYear() {
        SchoolYearView year = fixture.positionOn(MiroirFixture.CEB_YEAR);
        fixture.enrol(year, List.of(
                new String[]{"MIR-E1", "Un", "A"}, new String[]{"MIR-E2", "Deux", "B"}, new String[]{"MIR-E3", "Trois", "C"},
                new String[]{"MIR-E4", "Quatre", "D"}, new String[]{"MIR-E5", "Cinq", "E"}, new String[]{"MIR-E6", "Sansresultat", "F"},
                new String[]{"MIR-E7", "Sept", "G"}, new String[]{"MIR-E8", "Huit", "H"}));
        pupils.confirm("ceb.csv", MiroirFixture.csv("Identifiant;Nom;Niveau;Implantation;CEB",
                "MIR-E1;Un;P6;Centre;réussi", "MIR-E2;Deux;P6;Centre;Réussi", "MIR-E3;Trois;P6;Centre;REUSSI",
                "MIR-E4;Quatre;P6;Centre;échec", "MIR-E5;Cinq;P6;Centre;non présenté", "MIR-E6;Sansresultat;P6;Centre;",
                "MIR-E7;Sept;P5;Centre;", "MIR-E8;Huit;P5;Centre;"));
        return year;
    }

    private static BigDecimal value(MiroirReport report, String code) {
        return report.indicator(code).orElseThrow(() -> new AssertionError("no indicator " + code + " in " +
                report.indicators().stream().map(Indicator::code).toList())).value();
    }
}
