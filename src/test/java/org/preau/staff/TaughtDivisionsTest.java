package org.preau.staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

/** A teacher's divisions come from the STS-WEB services, through the account a director linked. */
@PreauIntegrationTest
class TaughtDivisionsTest {

    @Autowired
    TaughtDivisions teacherDivisions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EtablissementProvisioning provisioning;
    @Autowired
    StaffFixtures fixtures;
    SchoolYearView y2024;

    @BeforeEach
    void importThe2024Staff() {
        y2024 = fixtures.lyceeWithoutStaff(2024);
    }

    private void importAndLink(String externalId, String username) {
        // signed in as the director for the whole test: imports and links are his to do
        fixtures.importSts2024(y2024);
        jdbc.update("update staff_member set username = ? where establishment_id = ? and external_id = ?", username, fixtures.lyceeId(), externalId);
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void a_teacher_serves_the_divisions_of_his_services() {
        importAndLink("41113", ENSEIGNANT);   // LEROUX: maths in 1G1 and TG1, physics in TG1

        assertThat(teacherDivisions.divisionsOf(ENSEIGNANT, y2024.id())).containsExactly("1G1", "TG1");
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void a_teacher_of_groups_only_serves_the_divisions_the_groups_draw_from() {
        importAndLink("41083", ENSEIGNANT);   // SCHNEIDER: German LV2 groups only

        assertThat(teacherDivisions.divisionsOf(ENSEIGNANT, y2024.id())).containsExactly("1G1", "2NDE 1", "TG1");
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void an_account_linked_to_nobody_serves_no_division() {
        importAndLink("41113", null);

        assertThat(teacherDivisions.divisionsOf(ENSEIGNANT, y2024.id())).isEmpty();
        assertThat(teacherDivisions.divisionsOf(ENSEIGNANT, fixtures.lyceeYear(2025).id())).isEmpty();
    }

    @Test
    @WithUserDetails(ENSEIGNANT)
    void a_year_of_another_establishment_is_refused() {
        long ecole = provisioning.findByCode(ECOLE_FASE).orElseThrow().id();
        SchoolYearView other = provisioning.ensureSchoolYear(ecole, 2019, SchoolYearState.CLOTUREE);

        assertThatThrownBy(() -> teacherDivisions.divisionsOf(ENSEIGNANT, other.id())).isInstanceOf(AccessDeniedException.class);
    }
}
