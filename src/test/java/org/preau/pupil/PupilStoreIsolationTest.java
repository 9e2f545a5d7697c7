package org.preau.pupil;

import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.TwoEstablishments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pupil writes (a pupil's identity numbers, a year's implantation and level) reach only the
 * establishment's own learners, implantations and years: given another establishment's ids they are
 * refused before writing.
 */
@PreauIntegrationTest
class PupilStoreIsolationTest {

    @Autowired
    PupilStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TwoEstablishments establishments;

    private String fingerprintOf(long establishment) {
        return jdbc.queryForObject("select concat_ws('|', "
                + "(select group_concat(concat_ws(':', learner_id, establishment_id, organising_body_id, niss, school_number, birth_place) order by 1) "
                + " from pupil where learner_id in (select id from learner where establishment_id = ?)), "
                + "(select group_concat(concat_ws(':', learner_id, school_year_id, establishment_id, implantation_id, level) order by 1) "
                + " from pupil_enrolment where learner_id in (select id from learner where establishment_id = ?)))",
                String.class, establishment, establishment);
    }

    @Test
    void writes_for_another_establishments_pupil_or_implantation_change_nothing_of_it() {
        long ecole = establishments.ecole();
        long pupil = establishments.id("select min(learner_id) from pupil where establishment_id = ?", ecole);
        long ecoleYear = establishments.id("select school_year_id from pupil_enrolment where learner_id = ? order by school_year_id desc limit 1", pupil);
        long implantation = establishments.id("select min(id) from pupil_implantation where establishment_id = ?", ecole);
        long lycee = establishments.lycee();
        long lyceeYear = establishments.latestYear(lycee);
        String before = fingerprintOf(ecole);
        assertThat(before).contains(pupil + ":");

        // as the lycée: B's pupil with A's numbers, in A's year and in B's year, at B's implantation
        assertThatThrownBy(() -> store.upsertPupils(lycee, -lycee, List.of(new PupilStore.Stored(pupil, "85073003328", "A-1", "Ailleurs", "FR"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> store.upsertYears(lycee, lyceeYear, List.of(new PupilStore.Year(pupil, implantation, SchoolLevel.P1, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> store.upsertYears(lycee, ecoleYear, List.of(new PupilStore.Year(pupil, implantation, SchoolLevel.S7, null, null))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(fingerprintOf(ecole)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from pupil_enrolment where learner_id = ? and school_year_id = ?", Integer.class,
                pupil, lyceeYear)).isZero();
    }
}
