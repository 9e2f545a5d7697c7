package org.preau.support;

import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lycée's staff as the STS-WEB tests need it: its years 2024 and 2025 exist, and its staff
 * tables are emptied before each test, whatever other tests left there.
 */
public class StaffFixtures {

    private final JdbcTemplate jdbc;
    private final EtablissementProvisioning provisioning;

    public StaffFixtures(JdbcTemplate jdbc, EtablissementProvisioning provisioning) {
        this.jdbc = jdbc;
        this.provisioning = provisioning;
    }

    public long lyceeId() {
        return provisioning.findByCode(DemoUsers.LYCEE_UAI).orElseThrow().id();
    }

    public SchoolYearView lyceeYear(int startYear) {
        return provisioning.ensureSchoolYear(lyceeId(), startYear, SchoolYearState.EN_COURS);
    }

    /** Empties the staff tables of an establishment (their rows cascade from staff_member). */
    public void clearStaff(long establishmentId) {
        jdbc.update("delete from staff_service where establishment_id = ?", establishmentId);
        jdbc.update("delete from staff_structure where establishment_id = ?", establishmentId);
        jdbc.update("delete from staff_function where establishment_id = ?", establishmentId);
        jdbc.update("delete from staff_discipline where establishment_id = ?", establishmentId);
        jdbc.update("delete from staff_member where establishment_id = ?", establishmentId);
    }

    public int count(String sql, Object... arguments) {
        Integer n = jdbc.queryForObject(sql, Integer.class, arguments);
        return n == null ? 0 : n;
    }
}
