package org.preau.staff;

import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.TwoEstablishments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The staff import's writes name the establishment as well as the member: given another
 * establishment's member ids (the import takes them from its own rows today), the deletes find
 * nothing and the inserts are refused; nothing of the other establishment changes.
 */
@PreauIntegrationTest
class StaffStoreIsolationTest {

    @Autowired
    StaffStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TwoEstablishments establishments;

    /** Everything the import writes about B's staff, as one text. */
    private String fingerprintOf(long establishment) {
        return jdbc.queryForObject("select concat_ws('|', "
                + "(select group_concat(concat(staff_member_id, ':', school_year_id, ':', code, ':', establishment_id) order by 1) from staff_function "
                + " where staff_member_id in (select id from staff_member where establishment_id = ?)), "
                + "(select group_concat(concat(staff_member_id, ':', school_year_id, ':', structure_code, ':', establishment_id) order by 1) "
                + " from staff_service where staff_member_id in (select id from staff_member where establishment_id = ?)), "
                + "(select group_concat(concat(staff_member_id, ':', code, ':', establishment_id) order by 1) from staff_discipline "
                + " where staff_member_id in (select id from staff_member where establishment_id = ?)))",
                String.class, establishment, establishment, establishment);
    }

    @Test
    void the_import_writes_given_another_establishments_members_change_nothing_of_theirs() {
        long lycee = establishments.lycee();
        long lyceeYear = establishments.latestYear(lycee);
        long ecole = establishments.ecole();
        long ecoleYear = establishments.yearEnCours(ecole);
        List<Long> ecoleStaff = jdbc.queryForList("select id from staff_member where establishment_id = ?", Long.class, ecole);
        assertThat(ecoleStaff).isNotEmpty();
        long member = ecoleStaff.getFirst();
        // B's member holds a service and a discipline, so that deleting them would show
        jdbc.update("insert ignore into staff_service (staff_member_id, school_year_id, structure_type, structure_code, subject_code, establishment_id) "
                + "values (?, ?, 'D', 'P6A', 'MATH', ?)", member, ecoleYear, ecole);
        jdbc.update("insert ignore into staff_discipline (staff_member_id, code, label, hours, establishment_id) values (?, 'MATH', 'Mathématiques', 2, ?)",
                member, ecole);
        String before = fingerprintOf(ecole);
        assertThat(before).contains(":" + ecoleYear + ":");

        // as the lycée's import: in B's year and in its own
        store.deleteFunctions(lycee, ecoleYear, ecoleStaff);
        store.deleteServices(lycee, ecoleYear, ecoleStaff);
        store.deleteDisciplines(lycee, ecoleStaff);
        assertThatThrownBy(() -> store.insertFunctions(lycee, lyceeYear, List.of(new StaffStore.FunctionRow(member, "ENS")), "STS"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> store.insertServices(lycee, lyceeYear,
                List.of(new StaffStore.ServiceRow(member, new ServedStructure("D", "1A", "FR"))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> store.insertDisciplines(lycee,
                List.of(new StaffStore.DisciplineRow(member, new Discipline("FR", "Français", BigDecimal.ONE))))).isInstanceOf(AccessDeniedException.class);

        assertThat(fingerprintOf(ecole)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from staff_function where staff_member_id = ? and establishment_id = ?", Integer.class,
                member, lycee)).isZero();
    }
}
