package org.preau.bench;

import org.preau.PreauApplication;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeFilter;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeStatus;
import org.preau.exchange.ExchangeSummary;
import org.preau.security.CurrentUser;
import org.preau.support.DemoUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Not a test: times what Échanges › Historique asks when it opens (the count, then the first page
 * of the grid) over 10,000 exchanges of the secretary's establishment, through the service the
 * view's data provider calls, without filter and with every value of each filter (kind, status,
 * year). Another establishment holds 3,000 exchanges more, so that its rows have to be left out.
 * On the real embedded MariaDB (test profile: a fresh database). See docs/benchmarks.md.
 */
public final class ExchangeHistoryBenchmark {

    /** The grid's page size: the view keeps Vaadin's default. */
    private static final int PAGE = 50;
    private static final int OWN = 10_000;
    private static final int OTHER = 3_000;
    private static final int FIRST_YEAR = 2019;
    private static final int YEARS = 6;

    /** Kinds weighted as a lycée's history runs: transfers and SIECLE imports most, retention seldom. */
    private static final Map<ExchangeKind, Integer> KIND_WEIGHTS = new LinkedHashMap<>();

    static {
        KIND_WEIGHTS.put(ExchangeKind.LEARNER_TRANSFER, 35);
        KIND_WEIGHTS.put(ExchangeKind.SIECLE_BEE, 25);
        KIND_WEIGHTS.put(ExchangeKind.STS_WEB, 10);
        KIND_WEIGHTS.put(ExchangeKind.NOMENCLATURE, 8);
        KIND_WEIGHTS.put(ExchangeKind.SEGEC_EXTRANET, 6);
        KIND_WEIGHTS.put(ExchangeKind.MIROIR, 5);
        KIND_WEIGHTS.put(ExchangeKind.PUPIL_CSV, 4);
        KIND_WEIGHTS.put(ExchangeKind.STAFF_CSV, 3);
        KIND_WEIGHTS.put(ExchangeKind.CAPITAL_PERIODES, 2);
        KIND_WEIGHTS.put(ExchangeKind.SEGEC_ACTIVATION, 1);
        KIND_WEIGHTS.put(ExchangeKind.RETENTION, 1);
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PreauApplication.class)
                .profiles("test").run("--server.port=0", "--logging.level.root=warn", "--logging.level.org.preau=warn")) {
            System.out.printf(Locale.ROOT, "context started in %.1f s%n", (System.nanoTime() - start) / 1e9);
            UserDetails secretary = context.getBean(UserDetailsService.class).loadUserByUsername(DemoUsers.SECRETAIRE);
            SecurityContext security = SecurityContextHolder.createEmptyContext();
            security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(secretary, null, secretary.getAuthorities()));
            SecurityContextHolder.setContext(security);
            run(context);
        }
    }

    private static void run(ConfigurableApplicationContext context) {
        EtablissementProvisioning provisioning = context.getBean(EtablissementProvisioning.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        ExchangeLog log = context.getBean(ExchangeLog.class);
        long own = context.getBean(CurrentUser.class).establishmentId();
        long other = provisioning.findByCode(DemoUsers.ECOLE_FASE).orElseThrow().id();

        long t0 = System.nanoTime();
        int before = log.count(ExchangeFilter.ALL);
        List<Long> ownYears = years(provisioning, own);
        int messages = insert(jdbc, own, ownYears, OWN, new Random(11)) + insert(jdbc, other, years(provisioning, other), OTHER, new Random(13));
        jdbc.execute("analyze table exchange, exchange_message");
        System.out.printf(Locale.ROOT, "%,d + %,d exchanges with %,d messages written in %.1f s%n", OWN, OTHER, messages,
                (System.nanoTime() - t0) / 1e9);
        if (log.count(ExchangeFilter.ALL) != before + OWN) throw new IllegalStateException("unexpected count " + log.count(ExchangeFilter.ALL));

        explain(jdbc, own, ownYears.getLast());

        long selects = selects(jdbc);
        log.count(ExchangeFilter.ALL);
        log.search(ExchangeFilter.ALL, 0, PAGE);
        System.out.printf(Locale.ROOT, "statements to open the history: %d selects%n", selects(jdbc) - selects);

        Map<String, ExchangeFilter> filters = new LinkedHashMap<>();
        for (ExchangeKind kind : ExchangeKind.values()) filters.put("kind " + kind, new ExchangeFilter(kind, null, null));
        for (ExchangeStatus status : ExchangeStatus.values()) filters.put("status " + status, new ExchangeFilter(null, status, null));
        for (int y = 0; y < ownYears.size(); y++) filters.put("year " + (FIRST_YEAR + y), new ExchangeFilter(null, null, ownYears.get(y)));
        // One pass over every filter before any is timed: the first one timed would otherwise pay for the JIT of the path they share.
        for (ExchangeFilter f : filters.values()) open(log, f, 10);
        open(log, ExchangeFilter.ALL, 10);

        double all = time(log, "all", ExchangeFilter.ALL);
        split(log, ExchangeFilter.ALL);
        double worst = 0;
        String worstName = null;
        for (Map.Entry<String, ExchangeFilter> f : filters.entrySet()) {
            double median = time(log, f.getKey(), f.getValue());
            if (median > worst) {
                worst = median;
                worstName = f.getKey();
            }
        }
        System.out.printf(Locale.ROOT, "slowest filter: %s, median %.1f ms (budget 50 ms)%n", worstName, worst);
        Figures.report("history.first", worst, "ms");
        Figures.report("history.first.all", all, "ms");
    }

    /** The establishment's school years 2019 to 2024, created closed when absent. */
    private static List<Long> years(EtablissementProvisioning provisioning, long establishmentId) {
        List<Long> ids = new ArrayList<>();
        for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
            SchoolYearView year = provisioning.ensureSchoolYear(establishmentId, y, SchoolYearState.CLOTUREE);
            ids.add(year.id());
        }
        return ids;
    }

    /**
     * Exchanges spread over the six school years (about one every five hours, a little out of id
     * order as a pending one finishes late), each with 0 to 6 messages; multi-row inserts of 1,000
     * into the real tables. Returns the number of messages.
     */
    private static int insert(JdbcTemplate jdbc, long establishmentId, List<Long> years, int count, Random random) {
        List<ExchangeKind> kinds = new ArrayList<>();
        KIND_WEIGHTS.forEach((k, w) -> kinds.addAll(Collections.nCopies(w, k)));
        Instant first = LocalDateTime.of(FIRST_YEAR, 9, 1, 8, 0).toInstant(ZoneOffset.UTC);
        long span = LocalDateTime.of(FIRST_YEAR + YEARS, 8, 31, 18, 0).toInstant(ZoneOffset.UTC).getEpochSecond() - first.getEpochSecond();
        int messages = 0;
        for (int from = 0; from < count; from += 1000) {
            int n = Math.min(1000, count - from);
            List<Object> args = new ArrayList<>(n * 12);
            for (int i = from; i < from + n; i++) {
                ExchangeKind kind = kinds.get(random.nextInt(kinds.size()));
                int r = random.nextInt(100);
                ExchangeStatus status = r < 80 ? ExchangeStatus.SUCCESS : r < 92 ? ExchangeStatus.PARTIAL : r < 98 ? ExchangeStatus.FAILURE : ExchangeStatus.PENDING;
                Instant started = first.plusSeconds(span * i / count + random.nextInt(3600));
                int yearIndex = Math.min(YEARS - 1, (int) ((long) YEARS * i / count));
                Long year = kind == ExchangeKind.RETENTION ? null : years.get(yearIndex);
                args.add(establishmentId);
                args.add(year);
                args.add(kind.name());
                args.add(kind == ExchangeKind.LEARNER_TRANSFER && random.nextBoolean() ? "OUT" : "IN");
                args.add(status.name());
                args.add(Timestamp.from(started));
                args.add(status == ExchangeStatus.PENDING ? null : Timestamp.from(started.plusSeconds(5 + random.nextInt(120))));
                args.add(DemoUsers.SECRETAIRE);
                args.add("Claire Martin");
                args.add(String.format(Locale.ROOT, "%d créés, %d modifiés", random.nextInt(300), random.nextInt(50)));
                args.add("created=" + random.nextInt(300) + "\nupdated=" + random.nextInt(50) + "\n");
                args.add(kind == ExchangeKind.SIECLE_BEE ? "ElevesSansAdresses.xml" : null);
            }
            List<Long> ids = jdbc.queryForList("insert into exchange (establishment_id, school_year_id, kind, direction, status, started_at, "
                    + "finished_at, started_by, started_by_name, summary, counts, payload_name, version) values "
                    + String.join(", ", Collections.nCopies(n, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) + " returning id", Long.class, args.toArray());
            List<Object[]> rows = new ArrayList<>();
            for (long id : ids) {
                int m = random.nextInt(7);
                for (int p = 1; p <= m; p++) {
                    String severity = p == 1 ? "INFO" : random.nextInt(4) == 0 ? "ERROR" : "WARNING";
                    rows.add(new Object[]{id, p, severity, "Élève " + random.nextInt(3000) + " : date de naissance absente", "ligne " + random.nextInt(3000)});
                }
            }
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("insert into exchange_message (exchange_id, position, severity, text, location) values (?, ?, ?, ?, ?)", rows);
            }
            messages += rows.size();
        }
        return messages;
    }

    private static void open(ExchangeLog log, ExchangeFilter filter, int times) {
        for (int i = 0; i < times; i++) {
            log.count(filter);
            log.search(filter, 0, PAGE);
        }
    }

    /** The count and the page of one filter timed apart (median of 30 each): which of the two the open spends on. */
    private static void split(ExchangeLog log, ExchangeFilter filter) {
        List<Double> count = new ArrayList<>(), page = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long t = System.nanoTime();
            log.count(filter);
            count.add((System.nanoTime() - t) / 1e6);
            t = System.nanoTime();
            log.search(filter, 0, PAGE);
            page.add((System.nanoTime() - t) / 1e6);
        }
        System.out.printf(Locale.ROOT, "all, apart: count median %.1f ms, first page median %.1f ms%n", Figures.median(count), Figures.median(page));
    }

    private static long selects(JdbcTemplate jdbc) {
        return jdbc.query("show global status like 'Com_select'", (rs, i) -> rs.getLong(2)).getFirst();
    }

    /** The plans MariaDB chooses for the history's queries, written beside the figures (for the log, not measured). */
    private static void explain(JdbcTemplate jdbc, long establishmentId, long yearId) {
        String page = " order by started_at desc, id desc limit 50";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("all, page", "select * from exchange where establishment_id = " + establishmentId + page);
        queries.put("all, count", "select count(*) from exchange where establishment_id = " + establishmentId);
        queries.put("kind, page", "select * from exchange where establishment_id = " + establishmentId + " and kind = 'RETENTION'" + page);
        queries.put("kind, count", "select count(*) from exchange where establishment_id = " + establishmentId + " and kind = 'RETENTION'");
        queries.put("status, page", "select * from exchange where establishment_id = " + establishmentId + " and status = 'PENDING'" + page);
        queries.put("status, count", "select count(*) from exchange where establishment_id = " + establishmentId + " and status = 'PENDING'");
        queries.put("year, page", "select * from exchange where establishment_id = " + establishmentId + " and school_year_id = " + yearId + page);
        queries.put("year, count", "select count(*) from exchange where establishment_id = " + establishmentId + " and school_year_id = " + yearId);
        queries.forEach((name, sql) -> jdbc.query("explain " + sql, rs -> {
            System.out.printf(Locale.ROOT, "explain %-13s type=%s key=%s rows=%s extra=%s%n", name, rs.getString("type"),
                    rs.getString("key"), rs.getString("rows"), rs.getString("Extra"));
        }));
    }

    /** Count and first page as the grid asks them when it opens: 10 warm-up rounds, then the median of 30. */
    private static double time(ExchangeLog log, String name, ExchangeFilter filter) {
        open(log, filter, 10);
        List<Double> ms = new ArrayList<>();
        int count = 0;
        List<ExchangeSummary> rows = List.of();
        for (int i = 0; i < 30; i++) {
            long t = System.nanoTime();
            count = log.count(filter);
            rows = log.search(filter, 0, PAGE);
            ms.add((System.nanoTime() - t) / 1e6);
        }
        for (int i = 1; i < rows.size(); i++) {
            ExchangeSummary a = rows.get(i - 1), b = rows.get(i);
            if (a.startedAt().isBefore(b.startedAt()) || a.startedAt().equals(b.startedAt()) && a.id() < b.id()) {
                throw new IllegalStateException(name + ": not newest first at row " + i);
            }
        }
        if (rows.size() != Math.min(PAGE, count)) throw new IllegalStateException(name + ": " + rows.size() + " rows for a count of " + count);
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-24s count %5d, first page of %2d: median %5.1f ms  p90 %5.1f ms  max %5.1f ms%n",
                name, count, rows.size(), Figures.median(ms), Figures.p90(ms), sorted.getLast());
        return Figures.median(ms);
    }
}
