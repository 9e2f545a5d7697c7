package org.preau.staff;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.SchoolYearView;
import org.preau.support.DemoUsers;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The présence administrative, présence physique and fonction de promotion of a staff record, per school year. */
@PreauIntegrationTest
class StaffPresenceTest {

    @Autowired StaffDirectory staff;
    @Autowired StaffRoster roster;
    @Autowired JdbcTemplate jdbc;
    @Autowired
    StaffFixtures fixtures;

    @AfterEach
    void removeTestPeople() {
        jdbc.update("delete from staff_member where nom_usage like 'Essai-Presence%'");
    }

    @Test
    @WithUserDetails(DemoUsers.SECRETAIRE)
    void the_ticks_are_kept_per_year_and_a_later_year_starts_from_the_previous_one() {
        SchoolYearView y2040 = fixtures.lyceeYear(2040);
        SchoolYearView y2041 = fixtures.lyceeYear(2041);
        StaffDetails d = new StaffDetails();
        d.setNomUsage("Essai-Presence");
        d.setPrenom("Alix");
        d.setSchoolYearId(y2040.id());
        d.setFunctions(Set.of("ENS"));
        long id = staff.create(d).getId();
        assertThat(staff.get(id, y2040.id())).satisfies(s -> {
            assertThat(s.isPresenceAdministrative()).isTrue();
            assertThat(s.isPresencePhysique()).isTrue();
            assertThat(s.isFonctionPromotion()).isFalse();
        });

        StaffDetails edited = staff.get(id, y2040.id());
        edited.setPresencePhysique(false);
        edited.setFonctionPromotion(true);
        staff.save(edited);

        // 2041 has no row of its own: it reads 2040's ticks, as ProEco carries them into the new year.
        assertThat(staff.get(id, y2041.id())).satisfies(s -> {
            assertThat(s.isPresencePhysique()).isFalse();
            assertThat(s.isFonctionPromotion()).isTrue();
        });
        StaffDetails next = staff.get(id, y2041.id());
        next.setPresenceAdministrative(false);
        next.setFonctionPromotion(false);
        staff.save(next);

        assertThat(staff.get(id, y2040.id()).isPresenceAdministrative()).isTrue();
        assertThat(staff.get(id, y2040.id()).isFonctionPromotion()).isTrue();
        assertThat(roster.current(y2041.id())).filteredOn(e -> e.id() == id).singleElement().satisfies(e -> {
            assertThat(e.presenceAdministrative()).isFalse();
            assertThat(e.fonctionPromotion()).isFalse();
        });
        assertThat(staff.list(new StaffQuery("Essai-Presence", StaffQuery.PROMOTION, StaffQuery.Status.ALL, y2040.id()), 0, 10))
                .extracting(StaffListItem::id).containsExactly(id);
        assertThat(staff.list(new StaffQuery("Essai-Presence", StaffQuery.PROMOTION, StaffQuery.Status.ALL, y2041.id()), 0, 10)).isEmpty();
    }

    @Test
    void a_private_email_on_the_schools_own_domain_is_told_apart_from_a_personal_one() {
        assertThat(StaffRules.onSchoolDomain("s.lemaire@Ecole-Saint-Joseph.example", "direction@ecole-saint-joseph.example")).isTrue();
        assertThat(StaffRules.onSchoolDomain("sophie.lemaire@mail.example", "direction@ecole-saint-joseph.example")).isFalse();
        assertThat(StaffRules.onSchoolDomain(null, "direction@ecole-saint-joseph.example")).isFalse();
        assertThat(StaffRules.onSchoolDomain("sophie@mail.example", null)).isFalse();
    }
}
