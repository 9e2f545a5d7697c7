package org.preau.support;

import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearService;
import org.preau.siecle.ImportKind;
import org.preau.siecle.SiecleImports;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo lycée's learner data, for tests that import into it: its school years 2024 and 2025
 * (created when missing) and a clean slate of learners, enrolments, records, MEFs and teachers'
 * divisions. Tests share one database, so each starts from here instead of relying on order.
 */
@Component
public class LyceeLearners {

    private final EtablissementProvisioning provisioning;
    private final JdbcTemplate jdbc;
    // lazily: the keycloak profile has no local UserDetailsService, and this class is scanned there too
    private final ObjectProvider<UserDetailsService> users;
    private final SiecleImports imports;
    private final SchoolYearService schoolYears;

    LyceeLearners(EtablissementProvisioning provisioning, JdbcTemplate jdbc, ObjectProvider<UserDetailsService> users, SiecleImports imports,
                  SchoolYearService schoolYears) {
        this.provisioning = provisioning;
        this.jdbc = jdbc;
        this.users = users;
        this.imports = imports;
        this.schoolYears = schoolYears;
    }

    /** Imports the 2024 samples (pupils and nomenclature) into year 2024, as the secretary, whoever the test signs in as. */
    public SchoolYearView import2024() {
        SchoolYearView y2024 = year(2024);
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails secretary = users.getObject().loadUserByUsername(DemoUsers.SECRETAIRE);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(secretary, null, secretary.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            imports.confirm(imports.prepare(ImportKind.SIECLE_BEE, y2024.id(), "ElevesSansAdresses.xml",
                    Samples.bytes("lycee-verdier/2024/ElevesSansAdresses.xml"), null), null);
            imports.confirm(imports.prepare(ImportKind.NOMENCLATURE, y2024.id(), "Nomenclature.xml",
                    Samples.bytes("lycee-verdier/2024/Nomenclature.xml"), null), null);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        return y2024;
    }

    /** The signed-in user now works in that year. */
    public void workIn(SchoolYearView year) {
        schoolYears.select(year.id());
    }

    public long idOf(String nom) {
        return jdbc.queryForObject("select id from learner where establishment_id = ? and nom = ? limit 1", Long.class, lyceeId(), nom);
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
