package org.preau.bench;

import org.preau.PreauApplication;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.LearnerFilter;
import org.preau.learner.LearnerService;
import org.preau.learner.LearnerStatus;
import org.preau.siecle.ImportKind;
import org.preau.siecle.ImportPreview;
import org.preau.siecle.PreparedImport;
import org.preau.siecle.SiecleImports;
import org.preau.support.DemoUsers;
import org.preau.support.LyceeLearners;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Not a test: times the SIECLE BEE import (preview, then write) and the learners list on the
 * real embedded MariaDB, with files made by the samples' generator for the demo lycée (UAI
 * 0179912G, year 2024, and 2025 for the switch). See docs/benchmarks.md for the command.
 *
 * <pre>arguments: &lt;dir of 3,000 pupils&gt; [&lt;dir of 100,000 pupils, with --next-year&gt;]</pre>
 */
public final class SiecleImportBenchmark {

    private final SiecleImports imports;
    private final LearnerService learners;
    private final SchoolYearService schoolYears;
    private final LyceeLearners lycee;
    private final javax.sql.DataSource dataSource;
    private final JdbcLimit limit;
    private long lastPeakMb;

    private SiecleImportBenchmark(ConfigurableApplicationContext context) throws java.sql.SQLException {
        imports = context.getBean(SiecleImports.class);
        learners = context.getBean(LearnerService.class);
        schoolYears = context.getBean(SchoolYearService.class);
        lycee = context.getBean(LyceeLearners.class);
        dataSource = context.getBean(javax.sql.DataSource.class);
        limit = new JdbcLimit(dataSource);
        UserDetails secretary = context.getBean(UserDetailsService.class).loadUserByUsername(DemoUsers.SECRETAIRE);
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(secretary, null, secretary.getAuthorities()));
        SecurityContextHolder.setContext(security);
    }

    public static void main(String[] args) throws Exception {
        Path small = Path.of(args[0]);
        Path large = args.length > 1 ? Path.of(args[1]) : null;
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PreauApplication.class)
                .profiles("test")
                .run("--server.port=0", "--logging.level.root=warn", "--logging.level.org.preau=warn",
                        "--logging.level.org.preau.learner.LearnerRoster=debug", "--logging.level.org.preau.siecle.SiecleImports=debug")) {
            System.out.printf(Locale.ROOT, "context started in %.1f s, heap max %d MB%n", (System.nanoTime() - start) / 1e9,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            new SiecleImportBenchmark(context).run(small, large);
        }
    }

    private void run(Path small, Path large) throws Exception {
        SchoolYearView y2024 = lycee.year(2024);
        schoolYears.select(y2024.id());
        Path file3000 = small.resolve("2024/ElevesSansAdresses.xml");
        // warm runs only count: the first of each pays the JVM's warm-up, which a running server has paid already
        List<Double> preau = new ArrayList<>();
        List<Double> limit = new ArrayList<>();
        for (int run = 1; run <= 4; run++) {
            lycee.clear();
            double ms = importAndReport("3,000 pupils, run " + run + (run == 1 ? " (cold JVM)" : ""), y2024, file3000,
                    small.resolve("2024/expected_import.json"));
            double limitMs = this.limit.firstImport(file3000, y2024.id(), 2024);
            System.out.printf(Locale.ROOT, "%-45s limit %6.0f ms%n", "3,000 pupils, plain JDBC, run " + run, limitMs);
            if (run > 1) {
                preau.add(ms);
                limit.add(limitMs);
            }
        }
        Figures.report("siecle.3000", Figures.median(preau), "ms");
        Figures.report("limit.3000", Figures.median(limit), "ms");
        importAndReport("3,000 pupils again (nothing changes)", y2024, file3000, null);
        List<Double> naive = new ArrayList<>();
        for (int run = 1; run <= 2; run++) {
            lycee.clear();
            try (NaiveJpaImport jpa = new NaiveJpaImport(dataSource)) {
                double ms = jpa.run(file3000, lycee.lyceeId(), y2024.id(), 2024);
                System.out.printf(Locale.ROOT, "%-45s naive %6.0f ms%n", "3,000 pupils, JPA save() per row, run " + run, ms);
                naive.add(ms);
            }
        }
        Figures.report("naive.3000", naive.getLast(), "ms");
        if (large == null) return;

        lycee.clear();
        double ms100k = importAndReport("100,000 pupils", y2024, large.resolve("2024/ElevesSansAdresses.xml"), large.resolve("2024/expected_import.json"));
        Figures.report("siecle.100k", ms100k, "ms");
        Figures.report("siecle.100k.oldgen", lastPeakMb, "MB");
        double limit100k = this.limit.firstImport(large.resolve("2024/ElevesSansAdresses.xml"), y2024.id(), 2024);
        System.out.printf(Locale.ROOT, "%-45s limit %6.0f ms%n", "100,000 pupils, plain JDBC", limit100k);
        Figures.report("limit.100k", limit100k, "ms");
        Figures.report("grid.first", grid("learners list over 100,000", new LearnerFilter(null, null, LearnerStatus.ACTIVE, null)), "ms");
        grid("  filtered by division", new LearnerFilter("2NDE 1", null, LearnerStatus.ACTIVE, null));
        grid("  left only", new LearnerFilter(null, null, LearnerStatus.INACTIVE, null));
        grid("  searched 'MAR'", new LearnerFilter(null, null, LearnerStatus.ALL, "MAR"));
        Figures.report("grid.deep", grid("  page 1,000 (offset 50,000)", new LearnerFilter(null, null, LearnerStatus.ACTIVE, null), 50_000), "ms");
        SchoolYearView y2025 = lycee.year(2025);
        Path switchExpected = Files.list(large).filter(p -> p.getFileName().toString().startsWith("expected_switch")).findFirst().orElse(null);
        double msSwitch = importAndReport("100,000 pupils, yearly switch into 2025", y2025, large.resolve("2025/ElevesSansAdresses.xml"), switchExpected);
        Figures.report("siecle.switch", msSwitch, "ms");
        int[] written = new int[1];
        double limitSwitch = this.limit.yearlySwitch(large.resolve("2025/ElevesSansAdresses.xml"), y2024.id(), y2025.id(), 2025, written);
        System.out.printf(Locale.ROOT, "%-45s limit %6.0f ms  (%d rows written)%n", "yearly switch, plain JDBC", limitSwitch, written[0]);
        Figures.report("limit.switch", limitSwitch, "ms");
        this.limit.drop();
    }

    private double importAndReport(String label, SchoolYearView year, Path file, Path expected) throws Exception {
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        PreparedImport prepared = imports.prepare(ImportKind.SIECLE_BEE, year.id(), file.getFileName().toString(), file, null);
        long t1 = System.nanoTime();
        if (prepared.preview().refused()) throw new IllegalStateException("refused: " + prepared.preview().errors());
        ImportPreview done = imports.confirm(prepared, null);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%-45s preview %6.0f ms  write %6.0f ms  total %6.0f ms  old gen peak %4d MB  %s%n", label,
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t0) / 1e6, lastPeakMb = peakHeapMb(), counts(done));
        if (expected != null) check(done, expected);
        return (t2 - t0) / 1e6;
    }

    private static String counts(ImportPreview done) {
        return "arrivals=" + done.count("arrivals") + " leavers=" + done.count("leavers") + " continuing=" + done.count("continuing")
                + " division_changes=" + done.count("division_changes") + " written=" + done.count("written");
    }

    /** The counts the generator expects, for the fields both know. */
    private static void check(ImportPreview done, Path expectedFile) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(Files.readAllBytes(expectedFile));
        List<String> differences = new ArrayList<>();
        for (String name : List.of("eleves_in_file", "active_pupils", "left_in_file", "active_without_division", "divisions", "groups",
                "active_before", "active_after", "leavers", "leavers_absent_from_file", "leavers_with_date_sortie", "arrivals",
                "reactivated", "continuing", "division_changes")) {
            if (expected.has(name) && expected.get(name).asInt() != done.count(name)) {
                differences.add(name + " expected " + expected.get(name).asInt() + " got " + done.count(name));
            }
        }
        System.out.println(differences.isEmpty() ? "    counts agree with " + expectedFile.getFileName() : "    DIFFERENCES " + differences);
        // a fast import with wrong counts is no result: bench/run shows the benchmark as failed
        if (!differences.isEmpty()) throw new IllegalStateException("counts differ from " + expectedFile + ": " + differences);
    }

    private double grid(String label, LearnerFilter filter) {
        return grid(label, filter, 0);
    }

    /** Returns the median. */
    private double grid(String label, LearnerFilter filter, int offset) {
        Supplier<Integer> page = () -> learners.page(filter, offset, 50).size();
        for (int i = 0; i < 5; i++) page.get();
        List<Double> times = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < 30; i++) {
            long t0 = System.nanoTime();
            rows = page.get();
            times.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(times);
        System.out.printf(Locale.ROOT, "%-45s first page of 50: median %5.1f ms  p90 %5.1f ms  max %5.1f ms  (%d rows)%n", label,
                times.get(times.size() / 2), times.get(times.size() * 9 / 10), times.getLast(), rows);
        return times.get(times.size() / 2);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            // the old generation holds what an import keeps; young pools peak at their own size whatever the load
            if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old")) peak = pool.getPeakUsage().getUsed();
        }
        return peak / (1024 * 1024);
    }
}
