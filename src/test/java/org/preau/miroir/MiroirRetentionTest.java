package org.preau.miroir;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.preau.base.LeaverScrub;
import org.preau.base.PersonTraces;
import org.preau.establishment.SchoolYearView;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention scrub against the Miroir indicators: every module's scrub of the pupils of the
 * CEB year (as if they had all left long ago) leaves every indicator's value and detail count as
 * it was. Done in a transaction rolled back at the end, so the fixture stays for the other tests.
 */
@PreauIntegrationTest
@WithUserDetails(MiroirFixture.DIRECTOR)
class MiroirRetentionTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired MiroirIndicators indicators;
    @Autowired MiroirPupils pupils;
    @Autowired List<LeaverScrub> scrubs;
    @Autowired PlatformTransactionManager transactions;

    @RegisterExtension
    static final MiroirFixture fixture = new MiroirFixture();

    @Test
    void scrubbing_every_pupil_of_the_year_leaves_every_miroir_indicator_unchanged() {
        SchoolYearView year = fixture.positionOn(MiroirFixture.CEB_YEAR);
        fixture.enrol(year, List.of(
                new String[]{"MIR-E1", "Un", "Alice"}, new String[]{"MIR-E2", "Deux", "Bruno"}, new String[]{"MIR-E3", "Trois", "Chloé"},
                new String[]{"MIR-E4", "Quatre", "David"}, new String[]{"MIR-E5", "Cinq", "Emma"}, new String[]{"MIR-E6", "Sansresultat", "Félix"},
                new String[]{"MIR-E7", "Sept", "Gaëlle"}, new String[]{"MIR-E8", "Huit", "Hugo"}));
        pupils.confirm("ceb.csv", MiroirFixture.csv("Identifiant;Nom;Niveau;Implantation;CEB",
                "MIR-E1;Un;P6;Centre;réussi", "MIR-E2;Deux;P6;Centre;Réussi", "MIR-E3;Trois;P6;Centre;REUSSI",
                "MIR-E4;Quatre;P6;Centre;échec", "MIR-E5;Cinq;P6;Centre;non présenté", "MIR-E6;Sansresultat;P6;Centre;",
                "MIR-E7;Sept;P5;Centre;", "MIR-E8;Huit;P5;Centre;"));
        long ecole = fixture.ecoleId();
        List<String> before = values(indicators.compute());
        assertThat(before).anyMatch(v -> v.startsWith("CEB_TAUX_REUSSITE=")).anyMatch(v -> v.startsWith("ELEVES="));

        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        rolledBack.executeWithoutResult(tx -> {
            List<PersonTraces> people = jdbc.query("""
                            select l.id, l.nom, l.prenom, l.siecle_key from learner l join enrolment e on e.learner_id = l.id
                            where e.school_year_id = ? and l.establishment_id = ?""",
                    (rs, i) -> new PersonTraces(rs.getLong(1), List.of(rs.getString(2)), List.of(rs.getString(3)), List.of(rs.getString(4))),
                    year.id(), ecole);
            assertThat(people).hasSizeGreaterThanOrEqualTo(8);
            for (LeaverScrub scrub : scrubs) scrub.scrub(ecole, people);
            assertThat(jdbc.queryForList("select l.nom from learner l join enrolment e on e.learner_id = l.id where e.school_year_id = ?",
                    String.class, year.id())).allMatch("Anonyme"::equals);

            assertThat(values(indicators.compute())).isEqualTo(before);
            tx.setRollbackOnly();
        });
        assertThat(jdbc.queryForMap("select count(*) n from learner where establishment_id = ? and siecle_key = 'MIR-E1'", ecole))
                .isEqualTo(Map.of("n", 1L));
    }

    /** Each indicator's code, value and how many source rows it has. */
    private static List<String> values(MiroirReport report) {
        return report.indicators().stream().map(i -> i.code() + "=" + i.value().toPlainString() + "/" + i.details().size()).toList();
    }
}
