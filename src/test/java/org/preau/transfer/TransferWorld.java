package org.preau.transfer;

import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.establishment.Uai;
import org.preau.security.LocalAccounts;
import org.preau.security.Role;
import org.preau.siecle.ImportKind;
import org.preau.siecle.SiecleImports;
import org.preau.support.DemoUsers;
import org.preau.support.SignedIn;
import org.preau.support.LyceeLearners;
import org.preau.support.Samples;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Two French establishments of one instance for the transfer tests: the demo lycée (source, with
 * the samples of 2024 then 2025: five pupils leave) and a CFA created here, whose director is a
 * local account of its own. Each test starts from {@link #reset()}.
 */
@Component
public class TransferWorld {

    public static final String CFA_UAI = "0179001" + Uai.checkLetter("0179001");
    public static final String CFA_DIRECTOR = "directeur.cfa";

    private final EtablissementProvisioning provisioning;
    private final LyceeLearners lycee;
    private final JdbcTemplate jdbc;
    private final SignedIn signedIn;
    private final ObjectProvider<LocalAccounts> accounts;
    private final SiecleImports imports;
    private final ModuleSettings modules;

    TransferWorld(EtablissementProvisioning provisioning, LyceeLearners lycee, JdbcTemplate jdbc, SignedIn signedIn,
                  ObjectProvider<LocalAccounts> accounts, SiecleImports imports, ModuleSettings modules) {
        this.provisioning = provisioning;
        this.lycee = lycee;
        this.jdbc = jdbc;
        this.signedIn = signedIn;
        this.accounts = accounts;
        this.imports = imports;
        this.modules = modules;
    }

    public long lyceeId() {
        return lycee.lyceeId();
    }

    public long cfaId() {
        long id = provisioning.ensure("Région Verdier", SchoolSystem.FR, "CFA des métiers Verdier", "cfa@example.org", CFA_UAI).id();
        accounts.getObject().createIfAbsent(CFA_DIRECTOR, "Directrice du CFA", "direction.cfa@example.org", DemoUsers.PASSWORD,
                Set.of(Role.DIRECTOR, Role.SECRETARY), Set.of(id));
        return id;
    }

    /** No learners, transfers, history of transfers or switch rows in either establishment. */
    public void reset() {
        long cfa = cfaId();
        for (long id : List.of(lyceeId(), cfa)) {
            jdbc.update("delete from learner_transfer where establishment_id = ?", id);
            jdbc.update("delete from learner_transfer_received where establishment_id = ?", id);
            jdbc.update("delete from transfer_candidate where establishment_id = ?", id);
            jdbc.update("delete from exchange where establishment_id = ? and kind = 'LEARNER_TRANSFER'", id);
            jdbc.update("delete from establishment_module where establishment_id = ? and module = 'TRANSFERTS'", id);
            lycee.clear(id);
        }
    }

    /** A lycée leaver with one fiche, the lycée and the CFA with transfers on: where a manual transfer starts. */
    public record Leaver(long lycee, long cfa, String ine, long learnerId) {
    }

    /** Starts from {@link #reset()}: both switches on, both years imported, a fiche given to the first leaver. */
    public Leaver aLeaverWithAFiche() {
        reset();
        switchTransfers(DemoUsers.DIRECTEUR, true);
        switchTransfers(CFA_DIRECTOR, true);
        lyceeImportsBothYears();
        String ine = leaversIne().getFirst();
        long learnerId = learnerId(lyceeId(), ine);
        addRecord(lyceeId(), learnerId, "FICHE", "Fiche de suivi", "2025-01-15");
        return new Leaver(lyceeId(), cfaId(), ine, learnerId);
    }

    /** Back to the switches' defaults (off), so that other test classes find the establishments as the demo made them. */
    public void switchesBackToDefault() {
        for (long id : List.of(lyceeId(), cfaId())) {
            jdbc.update("delete from establishment_module where establishment_id = ? and module = 'TRANSFERTS'", id);
        }
    }

    /** The lycée imports 2024, then 2025 (five pupils leave). */
    public void lyceeImportsBothYears() {
        SchoolYearView y2025 = provisioning.ensureSchoolYear(lyceeId(), 2025, SchoolYearState.EN_COURS);
        lycee.import2024();
        as(DemoUsers.SECRETAIRE, () -> imports.confirm(imports.prepare(ImportKind.SIECLE_BEE, y2025.id(), "ElevesSansAdresses.xml",
                Samples.bytes("lycee-verdier/2025/ElevesSansAdresses.xml"), null), null));
    }

    /** The CFA imports the lycée's 2024 export rewritten for its own UAI: the same pupils, the same INEs. */
    public void cfaImportsTheSamePupils() {
        SchoolYearView y2024 = provisioning.ensureSchoolYear(cfaId(), 2024, SchoolYearState.EN_COURS);
        String file = new String(Samples.bytes("lycee-verdier/2024/ElevesSansAdresses.xml"), StandardCharsets.ISO_8859_1)
                .replace(DemoUsers.LYCEE_UAI, CFA_UAI);
        as(CFA_DIRECTOR, () -> imports.confirm(imports.prepare(ImportKind.SIECLE_BEE, y2024.id(), "ElevesSansAdresses.xml",
                file.getBytes(StandardCharsets.ISO_8859_1), null), null));
    }

    public void switchTransfers(String director, boolean on) {
        as(director, () -> modules.set(PreauModule.TRANSFERTS, on));
    }

    /** A learner of the lycée who left in 2025 and is active at the CFA (after its import), by INE. */
    public List<String> leaversIne() {
        return jdbc.queryForList("""
                select l.ine from learner l join enrolment e on e.learner_id = l.id and e.start_year = 2025
                where l.establishment_id = ? and e.active = false and l.ine is not null order by l.nom""", String.class, lyceeId());
    }

    public long learnerId(long establishmentId, String ine) {
        return jdbc.queryForObject("select id from learner where establishment_id = ? and ine = ?", Long.class, establishmentId, ine);
    }

    public long activeLearnerOfLycee() {
        return jdbc.queryForObject("""
                select l.id from learner l join enrolment e on e.learner_id = l.id and e.start_year = 2025
                where l.establishment_id = ? and e.active = true order by l.nom limit 1""", Long.class, lyceeId());
    }

    public void addRecord(long establishmentId, long learnerId, String kind, String title, String date) {
        jdbc.update("""
                insert into learner_record (version, establishment_id, learner_id, kind, record_date, author, author_name, diploma,
                                            title, content, created_at)
                values (0, ?, ?, ?, ?, 'enseignant', 'Claire Enseignante', 'CAP Cuisine', ?, 'Contenu du document', ?)""",
                establishmentId, learnerId, kind, java.sql.Date.valueOf(date), title, Timestamp.from(Instant.parse("2024-11-05T10:00:00Z")));
    }

    public int records(long establishmentId, long learnerId) {
        Integer n = jdbc.queryForObject("select count(*) from learner_record where establishment_id = ? and learner_id = ?",
                Integer.class, establishmentId, learnerId);
        return n == null ? 0 : n;
    }

    public int candidates(long establishmentId) {
        Integer n = jdbc.queryForObject("select count(*) from transfer_candidate where establishment_id = ?", Integer.class, establishmentId);
        return n == null ? 0 : n;
    }

    public void as(String username, Runnable work) {
        signedIn.afresh(username, work);
    }

    public <T> T call(String username, Supplier<T> work) {
        return signedIn.afresh(username, work);
    }
}
