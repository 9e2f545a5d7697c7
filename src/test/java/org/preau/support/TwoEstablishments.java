package org.preau.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The two demo establishments that the isolation tests of the stores set against each other: the
 * lycée (A, whose user or import calls) and the école (B, whose rows must stay as they were).
 */
@Component
public class TwoEstablishments {

    private final JdbcTemplate jdbc;

    TwoEstablishments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long lycee() {
        return id("select id from establishment where uai = ?", DemoUsers.LYCEE_UAI);
    }

    public long ecole() {
        return id("select id from establishment where fase = ?", DemoUsers.ECOLE_FASE);
    }

    /** The establishment's latest school year, whatever its state. */
    public long latestYear(long establishment) {
        return id("select id from school_year where establishment_id = ? order by start_year desc limit 1", establishment);
    }

    /** The establishment's latest school year en cours. */
    public long yearEnCours(long establishment) {
        return id("select id from school_year where establishment_id = ? and state = 'EN_COURS' order by start_year desc limit 1",
                establishment);
    }

    /** The one id a query gives. */
    public long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
