package org.preau.bench;

import org.preau.PreauApplication;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.siecle.ImportKind;
import org.preau.siecle.SiecleImports;
import org.preau.support.DemoUsers;
import org.preau.transfer.LearnerTransfers;
import org.preau.transfer.TransferWorld;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Not a test: times the learner transfers at the scale of a big lycée. The demo lycée imports a
 * generated year then the next (hundreds of pupils leave, each with three records), a CFA of the
 * same instance imports the same pupils, then the director's "run now" (the daily job) matches and
 * delivers every transfer; a second run has nothing to do. See docs/benchmarks.md for the command.
 *
 * <pre>arguments: &lt;dir made by generate.py --next-year for UAI 0179912G, year 2024&gt;</pre>
 */
public final class TransferJobBenchmark {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PreauApplication.class)
                .profiles("test")
                .run("--server.port=0", "--logging.level.root=warn", "--logging.level.org.preau=warn",
                        "--logging.level.org.preau.transfer.TransferJob=info")) { // its line: opening and delivery apart
            System.out.printf(Locale.ROOT, "context started in %.1f s%n", (System.nanoTime() - start) / 1e9);
            run(context, dir);
        }
    }

    private static void run(ConfigurableApplicationContext context, Path dir) throws Exception {
        TransferWorld world = context.getBean(TransferWorld.class);
        SiecleImports imports = context.getBean(SiecleImports.class);
        EtablissementProvisioning provisioning = context.getBean(EtablissementProvisioning.class);
        LearnerTransfers transfers = context.getBean(LearnerTransfers.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

        world.reset();
        long lycee = world.lyceeId();
        long cfa = world.cfaId();
        world.switchTransfers(DemoUsers.DIRECTEUR, true);
        world.switchTransfers(TransferWorld.CFA_DIRECTOR, true);
        byte[] year1 = Files.readAllBytes(dir.resolve("2024/ElevesSansAdresses.xml"));
        byte[] year2 = Files.readAllBytes(dir.resolve("2025/ElevesSansAdresses.xml"));
        SchoolYearView l2024 = provisioning.ensureSchoolYear(lycee, 2024, SchoolYearState.EN_COURS);
        SchoolYearView l2025 = provisioning.ensureSchoolYear(lycee, 2025, SchoolYearState.EN_COURS);
        SchoolYearView c2024 = provisioning.ensureSchoolYear(cfa, 2024, SchoolYearState.EN_COURS);
        world.as(DemoUsers.SECRETAIRE, () -> {
            imports.confirm(imports.prepare(ImportKind.SIECLE_BEE, l2024.id(), "ElevesSansAdresses.xml", year1, null), null);
            imports.confirm(imports.prepare(ImportKind.SIECLE_BEE, l2025.id(), "ElevesSansAdresses.xml", year2, null), null);
        });
        List<Long> leavers = jdbc.queryForList("""
                select l.id from learner l join enrolment e on e.learner_id = l.id and e.start_year = 2025
                where l.establishment_id = ? and e.active = false and l.ine is not null""", Long.class, lycee);
        List<Object[]> rows = new ArrayList<>();
        Timestamp at = Timestamp.from(Instant.parse("2025-03-01T10:00:00Z"));
        for (long id : leavers) {
            for (String kind : List.of("BILAN", "FICHE", "EVALUATION")) {
                rows.add(new Object[]{lycee, id, kind, "Document " + kind, "Contenu d'un document de suivi, quelques lignes.", at});
            }
        }
        jdbc.batchUpdate("""
                insert into learner_record (version, establishment_id, learner_id, kind, record_date, author, author_name, title,
                                            content, created_at)
                values (0, ?, ?, ?, '2025-03-01', 'enseignant', 'Claire Enseignante', ?, ?, ?)""", rows);
        String rewritten = new String(year1, StandardCharsets.ISO_8859_1).replace(DemoUsers.LYCEE_UAI, TransferWorld.CFA_UAI);
        long importStart = System.nanoTime();
        world.as(TransferWorld.CFA_DIRECTOR, () -> imports.confirm(imports.prepare(ImportKind.SIECLE_BEE, c2024.id(),
                "ElevesSansAdresses.xml", rewritten.getBytes(StandardCharsets.ISO_8859_1), null), null));
        long arrivals = jdbc.queryForObject("select count(*) from learner where establishment_id = ?", Long.class, cfa);
        long wanted = leavers.size() + arrivals;
        while (world.candidates(lycee) + world.candidates(cfa) < wanted * 0.95) Thread.sleep(100);
        System.out.printf(Locale.ROOT, "%d leavers (%d records), %d arrivals: candidates recorded %.1f s after the CFA import began%n",
                leavers.size(), rows.size(), arrivals, (System.nanoTime() - importStart) / 1e9);
        Thread.sleep(2000); // the last listeners

        for (int run = 1; run <= 2; run++) {
            Map<String, Long> before = serverCounters(jdbc);
            long t0 = System.nanoTime();
            LearnerTransfers.RunSummary summary = world.call(DemoUsers.DIRECTEUR, transfers::runNow);
            long t1 = System.nanoTime();
            Map<String, Long> after = serverCounters(jdbc);
            long copied = jdbc.queryForObject("select count(*) from learner_record where establishment_id = ?", Long.class, cfa);
            System.out.printf(Locale.ROOT, "run %d: %7.0f ms  delivered=%d pending=%d  records at the CFA=%d%n", run, (t1 - t0) / 1e6,
                    summary.delivered(), summary.pending(), copied);
            if (run == 1) {
                Figures.report("transfer.run", (t1 - t0) / 1e6, "ms");
                Figures.report("transfer.delivered", summary.delivered(), "transfers");
                // what the load of the machine does not change: statements and commits the server received during the run
                // (the server's own counters; a few come from the application's background work meanwhile)
                long statements = after.get("QUESTIONS") - before.get("QUESTIONS");
                long commits = after.get("COM_COMMIT") - before.get("COM_COMMIT");
                System.out.printf(Locale.ROOT, "        %d statements (%.1f a transfer), %d commits (%.2f a transfer)%n", statements,
                        statements / (double) summary.delivered(), commits, commits / (double) summary.delivered());
                Figures.report("transfer.statements", statements / (double) summary.delivered(), "statements");
                Figures.report("transfer.commits", commits / (double) summary.delivered(), "commits");
            }
        }
        world.switchesBackToDefault();
    }

    private static Map<String, Long> serverCounters(JdbcTemplate jdbc) {
        Map<String, Long> counters = new HashMap<>();
        jdbc.query("show global status where variable_name in ('Questions', 'Com_commit')",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> counters.put(rs.getString(1).toUpperCase(Locale.ROOT), rs.getLong(2)));
        return counters;
    }
}
