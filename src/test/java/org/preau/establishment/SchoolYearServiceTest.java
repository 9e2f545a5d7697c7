package org.preau.establishment;

import org.junit.jupiter.api.Test;
import org.preau.security.CurrentUser;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

@PreauIntegrationTest
class SchoolYearServiceTest {

    @Autowired
    SchoolYearService years;
    @Autowired
    EtablissementProvisioning provisioning;
    @Autowired
    CurrentUser currentUser;

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_year_en_cours_is_the_default_and_a_chosen_year_is_kept() {
        SchoolYearView enCours = years.current().orElseThrow();
        assertThat(enCours.state()).isEqualTo(SchoolYearState.EN_COURS);
        long lycee = provisioning.findByCode(LYCEE_UAI).orElseThrow().id();
        SchoolYearView closed = provisioning.ensureSchoolYear(lycee, 2019, SchoolYearState.CLOTUREE);

        years.select(closed.id());

        assertThat(years.current()).contains(closed);
        assertThat(years.list()).extracting(SchoolYearView::startYear).contains(2019, enCours.startYear());
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_year_of_another_establishment_is_refused() {
        long ecole = provisioning.findByCode(ECOLE_FASE).orElseThrow().id();
        SchoolYearView other = provisioning.ensureSchoolYear(ecole, 2019, SchoolYearState.CLOTUREE);

        assertThatThrownBy(() -> years.require(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> years.select(other.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void only_a_director_runs_the_switchover() {
        assertThatThrownBy(() -> years.prepareNext()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> years.startPreparedYear()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void the_switchover_prepares_the_next_year_then_closes_the_current_one_and_starts_it() {
        currentUser.switchEstablishment(provisioning.findByCode(ECOLE_FASE).orElseThrow().id());
        SchoolYearView enCours = years.current().orElseThrow();

        SchoolYearView next = years.prepareNext();
        assertThat(next.startYear()).isEqualTo(enCours.startYear() + 1);
        assertThat(next.state()).isEqualTo(SchoolYearState.PREPARATION);
        assertThat(years.list()).filteredOn(SchoolYearView::isOpen).hasSize(2);
        assertThatThrownBy(() -> years.prepareNext()).isInstanceOfSatisfying(SchoolYearException.class,
                e -> assertThat(e.messageKey()).isEqualTo("schoolYear.error.alreadyInPreparation"));

        SchoolYearView started = years.startPreparedYear();

        assertThat(started.state()).isEqualTo(SchoolYearState.EN_COURS);
        assertThat(years.require(enCours.id()).state()).isEqualTo(SchoolYearState.CLOTUREE);
        assertThat(years.current()).contains(started);
        assertThatThrownBy(() -> years.startPreparedYear()).isInstanceOfSatisfying(SchoolYearException.class,
                e -> assertThat(e.messageKey()).isEqualTo("schoolYear.error.noneInPreparation"));
    }
}
