package org.preau.staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

/** The staff list and the staff page's service: search, filters, edits, and who may read what. */
@PreauIntegrationTest
class StaffDirectoryTest {

    @Autowired
    StaffDirectory staff;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EtablissementProvisioning provisioning;
    @Autowired
    StaffFixtures fixtures;
    SchoolYearView y2024;

    @BeforeEach
    void emptyLyceeStaff() {
        y2024 = fixtures.lyceeWithoutStaff(2024);
    }

    /** Imports the 2024 sample through the import service, as the signed-in user. */
    private void import2024() {
        fixtures.importSts2024(y2024);
    }

    private long idOf(String externalId) {
        return jdbc.queryForObject("select id from staff_member where establishment_id = ? and external_id = ?", Long.class,
                fixtures.lyceeId(), externalId);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_list_is_searched_by_name_and_filtered_by_function_and_status() {
        import2024();

        assertThat(staff.count(new StaffQuery(null, null, StaffQuery.Status.ALL, y2024.id()))).isEqualTo(16);
        assertThat(staff.list(new StaffQuery("lefèvre", null, StaffQuery.Status.ALL, y2024.id()), 0, 50))
                .singleElement().satisfies(i -> assertThat(i.prenom()).isEqualTo("HÉLÈNE"));
        assertThat(staff.list(new StaffQuery(null, "DIR", StaffQuery.Status.ALL, y2024.id()), 0, 50))
                .singleElement().satisfies(i -> assertThat(i.nomUsage()).isEqualTo("DELAUNAY"));
        assertThat(staff.count(new StaffQuery(null, "ENS", StaffQuery.Status.IN_FUNCTION, y2024.id()))).isEqualTo(13);
        assertThat(staff.list(new StaffQuery("LEROUX", null, StaffQuery.Status.ALL, y2024.id()), 0, 50).getFirst().structures())
                .containsExactly("1G1", "TG1");
        // pages of the lazy list do not overlap
        assertThat(staff.list(new StaffQuery(null, null, StaffQuery.Status.ALL, y2024.id()), 0, 10)).hasSize(10)
                .doesNotContainAnyElementsOf(staff.list(new StaffQuery(null, null, StaffQuery.Status.ALL, y2024.id()), 10, 10));
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void an_exit_date_in_the_past_moves_the_person_to_the_leavers() {
        import2024();
        StaffDetails d = staff.get(idOf("41052"), y2024.id());
        d.setExitDate(LocalDate.now().minusDays(1));
        d.setEmailPerso("mathieu.brunet@example.org");

        staff.save(d);

        assertThat(staff.list(new StaffQuery(null, null, StaffQuery.Status.LEFT, y2024.id()), 0, 50))
                .singleElement().satisfies(i -> assertThat(i.nomUsage()).isEqualTo("BRUNET"));
        assertThat(staff.count(new StaffQuery(null, null, StaffQuery.Status.IN_FUNCTION, y2024.id()))).isEqualTo(15);
        assertThat(staff.get(idOf("41052"), y2024.id()).getEmailPerso()).isEqualTo("mathieu.brunet@example.org");
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_stale_edit_and_a_bad_email_are_refused() {
        import2024();
        StaffDetails first = staff.get(idOf("41052"), y2024.id());
        StaffDetails second = new StaffDetails(first);
        first.setGrade("x");
        staff.save(first);

        assertThatThrownBy(() -> staff.save(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        StaffDetails bad = staff.get(idOf("41052"), y2024.id());
        bad.setEmailPro("pas une adresse");
        assertThatThrownBy(() -> staff.save(bad)).isInstanceOfSatisfying(InvalidStaffException.class,
                e -> assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("emailPro")));
    }

    @Test
    @WithUserDetails(ENSEIGNANT)
    void a_teacher_reads_his_own_record_and_no_other() {
        // the link is a director's act, made here in the table to keep the test on the teacher's side
        jdbc.update("delete from staff_member where establishment_id = ? and username = ?", fixtures.lyceeId(), ENSEIGNANT);
        jdbc.update("""
                insert into staff_member (establishment_id, nom_usage, prenom, username, created_at) values (?, 'PETIT', 'Théo', ?, now()),
                (?, 'AUTRE', 'Personne', null, now())""", fixtures.lyceeId(), ENSEIGNANT, fixtures.lyceeId());
        long own = jdbc.queryForObject("select id from staff_member where establishment_id = ? and username = ?", Long.class, fixtures.lyceeId(), ENSEIGNANT);
        long other = jdbc.queryForObject("select id from staff_member where establishment_id = ? and nom_usage = 'AUTRE'", Long.class, fixtures.lyceeId());

        assertThat(staff.get(own, y2024.id()).getNomUsage()).isEqualTo("PETIT");
        assertThat(staff.mine(y2024.id())).hasValueSatisfying(d -> assertThat(d.getId()).isEqualTo(own));
        assertThatThrownBy(() -> staff.get(other, y2024.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.list(new StaffQuery(null, null, StaffQuery.Status.ALL, y2024.id()), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.save(staff.get(own, y2024.id()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void a_record_of_another_establishment_is_refused_by_id() {
        import2024();
        long lyceeRecord = idOf("41001");
        long ecole = currentUser.require().establishmentIds().stream().filter(e -> e != currentUser.establishmentId()).findFirst().orElseThrow();
        currentUser.switchEstablishment(ecole);
        SchoolYearView ecoleYear = provisioning.ensureSchoolYear(ecole, 2019, org.preau.establishment.SchoolYearState.CLOTUREE);

        assertThatThrownBy(() -> staff.get(lyceeRecord, ecoleYear.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.setFunctions(lyceeRecord, ecoleYear.id(), Set.of("ENS"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.linkAccount(lyceeRecord, ecoleYear.id(), ENSEIGNANT)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void the_director_links_an_account_once_and_a_secretary_cannot() {
        import2024();
        staff.linkAccount(idOf("41113"), y2024.id(), ENSEIGNANT);

        assertThat(staff.get(idOf("41113"), y2024.id()).getUsername()).isEqualTo(ENSEIGNANT);
        assertThatThrownBy(() -> staff.linkAccount(idOf("41106"), y2024.id(), ENSEIGNANT)).isInstanceOfSatisfying(InvalidStaffException.class,
                e -> assertThat(e.violations().getFirst().messageKey()).isEqualTo("staff.error.username.taken"));
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_secretary_cannot_link_an_account() {
        assertThatThrownBy(() -> staff.linkAccount(1L, y2024.id(), ENSEIGNANT)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_person_entered_by_hand_gets_functions_in_the_year() {
        StaffDetails d = new StaffDetails();
        d.setNomUsage("DURAND");
        d.setPrenom("Lucie");
        d.setSchoolYearId(y2024.id());
        d.setFunctions(Set.of("ADM"));

        StaffDetails created = staff.create(d);

        assertThat(created.getExternalType()).isNull();
        assertThat(created.getFunctions()).containsExactly("ADM");
        assertThat(staff.setFunctions(created.getId(), y2024.id(), Set.of("ENS", "DOC")).getFunctions()).containsExactly("DOC", "ENS");
    }
}
