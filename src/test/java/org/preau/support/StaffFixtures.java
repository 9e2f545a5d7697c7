package org.preau.support;

import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.siecle.StsWebImport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lycée's staff as the STS-WEB tests need it: its years 2024 and 2025 exist, and its staff
 * tables are emptied before each test, whatever other tests left there. A bean of the shared context.
 */
@Component
public class StaffFixtures {

    private final JdbcTemplate jdbc;
    private final EtablissementProvisioning provisioning;
    private final StsWebImport sts;

    StaffFixtures(JdbcTemplate jdbc, EtablissementProvisioning provisioning, StsWebImport sts) {
        this.jdbc = jdbc;
        this.provisioning = provisioning;
        this.sts = sts;
    }

    public long lyceeId() {
        return provisioning.findByCode(DemoUsers.LYCEE_UAI).orElseThrow().id();
    }

    public SchoolYearView lyceeYear(int startYear) {
        return provisioning.ensureSchoolYear(lyceeId(), startYear, SchoolYearState.EN_COURS);
    }

    /** The lycée's year, with no staff at all in the lycée: where the import and staff-page tests start. */
    public SchoolYearView lyceeWithoutStaff(int startYear) {
        clearStaff(lyceeId());
        return lyceeYear(startYear);
    }

    /** Imports the lycée's 2024 STS-WEB sample into that year through the import service, as the signed-in user. */
    public void importSts2024(SchoolYearView year) {
        sts.confirm(sts.preview("sts.xml", Samples.bytes("lycee-verdier/2024/sts_emp_0179912G_2024.xml"), year.id(), progress -> {
        }), progress -> {
        });
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
