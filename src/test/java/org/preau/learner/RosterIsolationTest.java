package org.preau.learner;

import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.TwoEstablishments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.SECRETAIRE;

/**
 * An import's roster changes name learners by id: written in the user's own year, they must still be
 * the establishment's learners. Another establishment's learner is refused before anything is written
 * (an enrolment for them would show them in this establishment's lists), and a rename reaches only
 * this establishment's enrolments.
 */
@PreauIntegrationTest
class RosterIsolationTest {

    @Autowired
    LearnerRoster roster;
    @Autowired
    RosterStore writer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TwoEstablishments establishments;

    private String enrolmentsOf(long learner) {
        return jdbc.queryForObject("select group_concat(concat_ws(':', establishment_id, school_year_id, sort_name, division, active) order by id) "
                + "from enrolment where learner_id = ?", String.class, learner);
    }

    private ImportedLearner write(long learnerId) {
        return new ImportedLearner(learnerId, "ELEVE_ID:iso-" + learnerId, null, null, "Intrus", null, "Élève", null, null, "F",
                LocalDate.of(2012, 1, 1), "1A", null, null, true, null, null, true, true, ImportedLearner.Movement.ARRIVED);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void roster_changes_in_the_users_year_naming_another_establishments_learner_are_refused_and_write_nothing() {
        long lycee = establishments.lycee();
        long lyceeYear = establishments.yearEnCours(lycee);
        long ecole = establishments.ecole();
        long other = establishments.id("select min(id) from learner where establishment_id = ?", ecole);
        String before = enrolmentsOf(other);
        int lyceeRows = jdbc.queryForObject("select count(*) from enrolment where establishment_id = ?", Integer.class, lycee);

        assertThatThrownBy(() -> roster.apply(lyceeYear, new RosterChanges(List.of(write(other)), List.of(), Map.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.apply(lyceeYear, new RosterChanges(List.of(), List.of(), Map.of(other, "ELEVE_ID:iso"))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(enrolmentsOf(other)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from enrolment where establishment_id = ?", Integer.class, lycee)).isEqualTo(lyceeRows);
    }

    @Test
    void a_rename_reaches_only_the_establishments_own_enrolments() {
        long lycee = establishments.lycee();
        long ecole = establishments.ecole();
        long other = establishments.id("select min(id) from learner where establishment_id = ?", ecole);
        String before = enrolmentsOf(other);

        writer.renameEverywhere(lycee, List.of(Map.entry(other, "INTRUS Élève")));

        assertThat(enrolmentsOf(other)).isEqualTo(before);
        assertThat(writer.notOfEstablishment(ecole, List.of(other, other))).isZero();
        assertThat(writer.notOfEstablishment(lycee, List.of(other))).isEqualTo(1);
    }
}
