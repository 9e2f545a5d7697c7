package org.preau.support;

import org.preau.establishment.EstablishmentProvisioning;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo lycée's learner data, for tests that import into it: its school years 2024 and 2025
 * (created when missing) and a clean slate of learners, enrolments, records, MEFs and teachers'
 * divisions. Tests share one database, so each starts from here instead of relying on order.
 */
@Component
public class LyceeLearners {

    private final EstablishmentProvisioning provisioning;
    private final JdbcTemplate jdbc;

    LyceeLearners(EstablishmentProvisioning provisioning, JdbcTemplate jdbc) {
        this.provisioning = provisioning;
        this.jdbc = jdbc;
    }

    public long lyceeId() {
        return provisioning.findByCode(DemoUsers.LYCEE_UAI).orElseThrow().id();
    }

    public SchoolYearView year(int startYear) {
        return provisioning.ensureSchoolYear(lyceeId(), startYear, SchoolYearState.EN_COURS);
    }

    /** Deletes every learner of the lycée (and what hangs on them). */
    public void clear() {
        clear(lyceeId());
    }

    public void clear(long establishmentId) {
        for (String table : new String[]{"learner_record", "enrolment", "learner", "mef", "teacher_division"}) {
            jdbc.update("delete from " + table + " where establishment_id = ?", establishmentId);
        }
    }

    public int count(String table) {
        Integer n = jdbc.queryForObject("select count(*) from " + table + " where establishment_id = ?", Integer.class, lyceeId());
        return n == null ? 0 : n;
    }
}
