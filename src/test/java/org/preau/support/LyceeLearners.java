package org.preau.support;

import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearService;
import org.preau.learner.TeacherDivisionProvisioning;
import org.preau.siecle.ImportKind;
import org.preau.siecle.ImportPreview;
import org.preau.siecle.SiecleImports;
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

    private final EtablissementProvisioning provisioning;
    private final JdbcTemplate jdbc;
    private final SignedIn signedIn;
    private final SiecleImports imports;
    private final SchoolYearService schoolYears;
    private final TeacherDivisionProvisioning teacherDivisions;

    LyceeLearners(EtablissementProvisioning provisioning, JdbcTemplate jdbc, SignedIn signedIn, SiecleImports imports,
                  SchoolYearService schoolYears, TeacherDivisionProvisioning teacherDivisions) {
        this.provisioning = provisioning;
        this.jdbc = jdbc;
        this.signedIn = signedIn;
        this.imports = imports;
        this.schoolYears = schoolYears;
        this.teacherDivisions = teacherDivisions;
    }

    /** Imports the 2024 samples (pupils and nomenclature) into year 2024, as the secretary, whoever the test signs in as. */
    public SchoolYearView import2024() {
        SchoolYearView y2024 = year(2024);
        signedIn.afresh(DemoUsers.SECRETAIRE, () -> {
            imports.confirm(imports.prepare(ImportKind.SIECLE_BEE, y2024.id(), "ElevesSansAdresses.xml",
                    Samples.bytes("lycee-verdier/2024/ElevesSansAdresses.xml"), null), null);
            imports.confirm(imports.prepare(ImportKind.NOMENCLATURE, y2024.id(), "Nomenclature.xml",
                    Samples.bytes("lycee-verdier/2024/Nomenclature.xml"), null), null);
        });
        return y2024;
    }

    /** The lycée emptied, the 2024 samples imported, and the demo teacher serving 2NDE 1 only: where the learner tests start. */
    public SchoolYearView imported2024WithTheTeacherIn2nde1() {
        clear();
        SchoolYearView y2024 = import2024();
        teacherDivisions.assign(lyceeId(), y2024.id(), DemoUsers.ENSEIGNANT, "2NDE 1");
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

    /** The lycée's year {@code startYear}, with no learner at all in the lycée: where the import tests start. */
    public SchoolYearView withoutLearners(int startYear) {
        clear();
        return year(startYear);
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

    /** {@link #clear()}, and the nomenclature subjects and headcount snapshots the imports left: the pages that show them start empty. */
    public void clearWithImportTraces() {
        clear();
        jdbc.update("delete from nomenclature_subject where establishment_id = ?", lyceeId());
        jdbc.update("delete from headcount_snapshot where establishment_id = ?", lyceeId());
    }

    /** A sample file of the lycée's 2024 exports imported and confirmed into that year, as the signed-in user. */
    public ImportPreview importSample(SchoolYearView year, ImportKind kind, String file) {
        return imports.confirm(imports.prepare(kind, year.id(), file, Samples.bytes("lycee-verdier/2024/" + file), null), null);
    }

    /**
     * Forgets an establishment's diplomas with their inspector grants and referents, and its mails:
     * no grant outlives a test, as other classes read the lycée's learners as the demo inspector.
     */
    public void clearInspectorGrants(long establishmentId) {
        for (String table : new String[]{"inspection_grant_change", "inspection_referent", "inspection_diploma", "mail_message"}) {
            jdbc.update("delete from " + table + " where establishment_id = ?", establishmentId);
        }
    }

    public int count(String table) {
        Integer n = jdbc.queryForObject("select count(*) from " + table + " where establishment_id = ?", Integer.class, lyceeId());
        return n == null ? 0 : n;
    }
}
