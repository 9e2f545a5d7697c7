package org.preau.learner;

import org.preau.establishment.SchoolYearService;
import org.preau.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Effectifs: the active pupils of a year per division and per MEF, counted from the enrolments
 * (as SCONET's "effectifs par structure"), with what the latest BEE import changed. The import
 * takes the counts just before writing and records them with the counts after, in its transaction.
 */
@Service
public class Headcounts {

    /** Pupils without a division are counted under this code. */
    public static final String NO_DIVISION = "";

    /** Counts taken at one moment: per division, per MEF. */
    public record Taken(Map<String, Integer> divisions, Map<String, Integer> mefs) {
    }

    /** A line of the page: pupils now, and the latest import's change (null when no import recorded it). */
    public record Line(String code, int pupils, Integer change) {
    }

    /** The year's headcounts, and when the latest import recorded its change. */
    public record Table(List<Line> divisions, List<Line> mefs, int total, Instant lastImport) {
    }

    private final JdbcTemplate jdbc;
    private final SchoolYearService years;
    private final CurrentUser currentUser;
    private final Clock clock;

    Headcounts(JdbcTemplate jdbc, SchoolYearService years, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.years = years;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The active pupils now, in the caller's transaction (the import takes them just before writing). */
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'IMPORT_API')")
    public Taken take(long schoolYearId) {
        years.require(schoolYearId);
        long establishmentId = currentUser.establishmentId();
        return new Taken(count(establishmentId, schoolYearId, "coalesce(division, '')"),
                count(establishmentId, schoolYearId, "code_mef"));
    }

    /** Records the counts before and after an import of the year, replacing the previous import's. */
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'IMPORT_API')")
    public void record(long schoolYearId, Taken before) {
        years.require(schoolYearId);
        long establishmentId = currentUser.establishmentId();
        Taken after = take(schoolYearId);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("delete from headcount_snapshot where school_year_id = ? and establishment_id = ?", schoolYearId, establishmentId);
        List<Object[]> rows = new ArrayList<>();
        rows(rows, establishmentId, schoolYearId, "D", before.divisions(), after.divisions(), now);
        rows(rows, establishmentId, schoolYearId, "M", before.mefs(), after.mefs(), now);
        jdbc.batchUpdate("""
                insert into headcount_snapshot (establishment_id, school_year_id, grouping, code, before_count, after_count, taken_at)
                values (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** The year's headcounts for the Effectifs page. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public Table of(long schoolYearId) {
        years.require(schoolYearId);
        long establishmentId = currentUser.establishmentId();
        Taken now = take(schoolYearId);
        Map<String, Integer> changeD = new TreeMap<>();
        Map<String, Integer> changeM = new TreeMap<>();
        Instant[] last = {null};
        jdbc.query("""
                        select grouping, code, after_count - before_count, taken_at from headcount_snapshot
                        where school_year_id = ? and establishment_id = ?""",
                rs -> {
                    ("D".equals(rs.getString(1)) ? changeD : changeM).put(rs.getString(2), rs.getInt(3));
                    last[0] = rs.getTimestamp(4).toInstant();
                }, schoolYearId, establishmentId);
        boolean recorded = last[0] != null;
        int total = now.divisions().values().stream().mapToInt(Integer::intValue).sum();
        return new Table(lines(now.divisions(), changeD, recorded), lines(now.mefs(), changeM, recorded), total, last[0]);
    }

    private static List<Line> lines(Map<String, Integer> now, Map<String, Integer> change, boolean recorded) {
        TreeSet<String> codes = new TreeSet<>(now.keySet());
        codes.addAll(change.keySet());
        List<Line> lines = new ArrayList<>();
        for (String code : codes) {
            lines.add(new Line(code, now.getOrDefault(code, 0), recorded ? change.getOrDefault(code, 0) : null));
        }
        return lines;
    }

    private Map<String, Integer> count(long establishmentId, long schoolYearId, String column) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.query("select " + column + ", count(*) from enrolment where school_year_id = ? and establishment_id = ? and active"
                        + " and " + column + " is not null group by " + column,
                rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                }, schoolYearId, establishmentId);
        return counts;
    }

    private static void rows(List<Object[]> rows, long establishmentId, long schoolYearId, String grouping, Map<String, Integer> before,
                             Map<String, Integer> after, Timestamp now) {
        TreeSet<String> codes = new TreeSet<>(before.keySet());
        codes.addAll(after.keySet());
        for (String code : codes) {
            rows.add(new Object[]{establishmentId, schoolYearId, grouping, code, before.getOrDefault(code, 0), after.getOrDefault(code, 0), now});
        }
    }
}
