package org.preau.learner;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.preau.siecle.ImportKind;
import org.preau.siecle.SiecleImports;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.DIRECTEUR;
import static org.preau.support.DemoUsers.SECRETAIRE;

/**
 * What the switchover wizard shows of the learners, on the samples of 2024 and 2025. The figures
 * were counted by hand in the two exports: 40 active in 2024; 35 of them active in 2025, of whom
 * 2 change MEF; 5 leave; 6 arrive.
 */
@PreauIntegrationTest
@WithUserDetails(DIRECTEUR)
class YearTransitionTest {

    @Autowired
    LearnerRoster roster;
    @Autowired
    SiecleImports imports;
    @Autowired
    LyceeLearners lycee;
    @Autowired
    CurrentUser currentUser;

    SchoolYearView y2024;
    SchoolYearView y2025;

    @BeforeEach
    void lyceeWith2024Imported() {
        lycee.clear();
        currentUser.switchEstablishment(lycee.lyceeId());
        y2024 = lycee.import2024();
        y2025 = lycee.year(2025);
    }

    @Test
    void before_the_new_years_import_the_learners_of_next_year_are_not_yet_known() {
        YearTransition t = roster.transition(y2024.id(), y2025.id());

        assertThat(t.newYearImported()).isFalse();
        assertThat(t.activeInClosing()).isEqualTo(40);
        assertThat(t.notYetKnown()).isEqualTo(40);
        assertThat(t.leaving()).isZero();
        assertThat(t.arrivals()).isZero();
        assertThat(t.perDivision()).extracting(YearTransition.DivisionTransition::notYetKnown).containsOnly(t.perDivision().stream()
                .map(YearTransition.DivisionTransition::active).toArray(Integer[]::new));
    }

    @Test
    void after_the_new_years_import_it_shows_who_continues_moves_up_leaves_and_arrives() {
        imports.confirm(imports.prepare(ImportKind.SIECLE_BEE, y2025.id(), "ElevesSansAdresses.xml",
                Samples.bytes("lycee-verdier/2025/ElevesSansAdresses.xml"), null), null);

        YearTransition t = roster.transition(y2024.id(), y2025.id());

        assertThat(t.newYearImported()).isTrue();
        assertThat(t.activeInClosing()).isEqualTo(40);
        assertThat(t.continuing()).isEqualTo(35);
        assertThat(t.movingUp()).isEqualTo(2);
        assertThat(t.sameMef()).isEqualTo(33);
        assertThat(t.leaving()).isEqualTo(5);
        assertThat(t.notYetKnown()).isZero();
        assertThat(t.arrivals()).isEqualTo(6);
        assertThat(t.perDivision().stream().mapToInt(YearTransition.DivisionTransition::active).sum()).isEqualTo(40);
        assertThat(t.perDivision().stream().mapToInt(YearTransition.DivisionTransition::leaving).sum()).isEqualTo(5);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void only_the_director_sees_the_transition() {
        assertThatThrownBy(() -> roster.transition(y2024.id(), y2025.id())).isInstanceOf(AccessDeniedException.class);
    }
}
