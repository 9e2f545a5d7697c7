package org.preau.pupil;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.security.LocalAccounts;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SignedIn;
import org.preau.switchover.SwitchoverResult;
import org.preau.switchover.SwitchoverService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.pupil.PupilSchool.niss;

/**
 * The year's move-up at the switchover of a Belgian school: 120 pupils over two implantations,
 * two kept back, one P6 leaver; everything counted against the file, not against the code.
 */
@PreauIntegrationTest
class MoveUpTest {

    static final String[] LEVELS = {"M1", "M2", "M3", "P1", "P2", "P3", "P4", "P5"};
    static final String[] IMPLANTATIONS = {"Centre", "Les Tilleuls"};

    @Autowired PupilImport pupils;
    @Autowired MoveUp moveUp;
    @Autowired SwitchoverService switchover;
    @Autowired EtablissementProvisioning provisioning;
    @Autowired JdbcTemplate jdbc;
    @Autowired SignedIn signedIn;

    SchoolYearView year;

    @BeforeAll
    static void schools(@Autowired EtablissementProvisioning provisioning, @Autowired LocalAccounts accounts) {
        PupilSchool.ensure(provisioning, accounts);
    }

    @BeforeEach
    void emptySchool() {
        year = PupilSchool.reset(provisioning, jdbc, PupilSchool.FASE);
    }

    @AfterEach
    void signOut() {
        signedIn.forget();
    }

    /** Pupil i: 119 spread over M1–P5 and both implantations, pupil 120 alone in P6. */
    private static String line(int i) {
        String level = i == 120 ? "P6" : LEVELS[i % LEVELS.length];
        String implantation = IMPLANTATIONS[i % 2];
        String classe = level + (i % 2 == 0 ? "A" : "B");
        int born = 2026 - 3 - (i == 120 ? 8 : i % LEVELS.length);
        return "Élève" + i + ";Prénom" + i + ";" + (i % 2 == 0 ? "F" : "M") + ";" + String.format("%02d/%02d/%d", 1 + i % 28, 1 + i % 12, born)
                + ";" + niss(born, 1 + i % 12, 1 + i % 28, i) + ";N" + i + ";" + implantation + ";;" + level + ";" + classe + ";;";
    }

    @Test
    void a_move_up_of_120_pupils_over_two_implantations_with_two_maintiens_and_one_p6_leaver_is_counted_exactly() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 120; i++) lines.add(line(i));
        signedIn.as(PupilSchool.SECRETARY, () -> pupils.confirm("eleves.csv", PupilSchool.csv(lines.toArray(String[]::new))));
        long kept1 = id("N3");   // P1 in Les Tilleuls, class P1B
        long kept2 = id("N12");  // P2 in Centre, class P2A
        long otherClass = id("N20"); // P2 in Centre: to P3 in class P3C instead of P3A
        signedIn.as(PupilSchool.SECRETARY, () -> {
            moveUp.decide(year.id(), kept1, MoveUpDecision.MAINTIEN, null);
            moveUp.decide(year.id(), kept2, MoveUpDecision.MAINTIEN, null);
            moveUp.decide(year.id(), otherClass, MoveUpDecision.CLASSE, "P3C");
            assertThatThrownBy(() -> moveUp.decide(year.id(), otherClass, MoveUpDecision.CLASSE, " ")).isInstanceOf(InvalidPupilException.class);
        });

        // what the file says, computed from the lines rather than by the code under test
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 1; i < 120; i++) {
            String level = LEVELS[i % LEVELS.length];
            String implantation = IMPLANTATIONS[i % 2];
            String suffix = i % 2 == 0 ? "A" : "B";
            String to = i == 3 || i == 12 ? level + suffix : i == 20 ? "P3C" : nextLevel(level) + suffix;
            expected.merge(to + " · " + implantation, 1, Integer::sum);
        }

        MoveUpPlan plan = signedIn.as(PupilSchool.DIRECTOR, () -> moveUp.plan(year.id(), null));
        assertThat(plan.pupils()).hasSize(120);
        assertThat(plan.movingUp()).isEqualTo(117);
        assertThat(plan.keptBack()).isEqualTo(2);
        assertThat(plan.leaving()).isEqualTo(1);
        assertThat(plan.perNewClass()).isEqualTo(expected);

        SwitchoverResult result = signedIn.as(PupilSchool.DIRECTOR, () -> switchover.run());
        long newYear = result.started().id();
        assertThat(result.started().startYear()).isEqualTo(PupilSchool.YEAR + 1);
        assertThat(result.moveUp()).hasValueSatisfying(m -> assertThat(m.staying()).isEqualTo(119));

        long school = provisioning.findByCode(PupilSchool.FASE).orElseThrow().id();
        assertThat(jdbc.queryForObject("select count(*) from enrolment where establishment_id = ? and school_year_id = ? and active",
                Integer.class, school, newYear)).isEqualTo(119);
        Map<String, Integer> stored = new HashMap<>();
        jdbc.query("""
                select e.division, i.name, count(*) from enrolment e
                join pupil_enrolment p on p.learner_id = e.learner_id and p.school_year_id = e.school_year_id
                join pupil_implantation i on i.id = p.implantation_id
                where e.establishment_id = ? and e.school_year_id = ? group by e.division, i.name""",
                rs -> {
                    stored.put(rs.getString(1) + " · " + rs.getString(2), rs.getInt(3));
                }, school, newYear);
        assertThat(stored).isEqualTo(expected);
        assertThat(level(kept1, newYear)).isEqualTo("P1");
        assertThat(level(kept2, newYear)).isEqualTo("P2");
        assertThat(level(otherClass, newYear)).isEqualTo("P3");
        assertThat(level(id("N1"), newYear)).isEqualTo("M3");
        assertThat(jdbc.queryForObject("select count(*) from enrolment where learner_id = ? and school_year_id = ?", Integer.class,
                id("N120"), newYear)).as("the P6 pupil leaves").isZero();
        assertThat(jdbc.queryForObject("select active from enrolment where learner_id = ? and school_year_id = ?", Boolean.class,
                id("N120"), year.id())).as("and keeps last year's enrolment, CEB included").isTrue();
        assertThat(jdbc.queryForObject("select state from school_year where id = ?", String.class, year.id()))
                .isEqualTo(SchoolYearState.CLOTUREE.name());
    }

    private static String nextLevel(String level) {
        return SchoolLevel.valueOf(level).next().orElseThrow().name();
    }

    private long id(String number) {
        return jdbc.queryForObject("select p.learner_id from pupil p where p.school_number = ? and p.establishment_id = ?", Long.class,
                number, provisioning.findByCode(PupilSchool.FASE).orElseThrow().id());
    }

    private String level(long learnerId, long yearId) {
        return jdbc.queryForObject("select level from pupil_enrolment where learner_id = ? and school_year_id = ?", String.class, learnerId, yearId);
    }
}
