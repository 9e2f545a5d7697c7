package org.preau.inspection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When each diploma of an establishment was granted to its referent inspectors, from the grants
 * and revocations recorded: for a learner's subject-access archive, which inspector could read
 * their records, from when to when, granted and revoked by whom. Callers pass an establishment id
 * they already hold (the export checks the user first); no screen reaches it.
 */
@Component
public class GrantHistory {

    /**
     * One period during which a diploma was granted; {@code until} is null while it still is.
     * The inspectors are today's referents (who was referent when is not recorded).
     */
    public record Period(String diplomaCode, String label, List<String> inspectors, Instant from, String grantedBy, Instant until,
                         String revokedBy) {
    }

    private final JdbcTemplate jdbc;

    GrantHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Period> periods(long establishmentId, Collection<String> diplomaCodes) {
        if (diplomaCodes.isEmpty()) return List.of();
        List<String> codes = List.copyOf(diplomaCodes);
        String marks = String.join(", ", Collections.nCopies(codes.size(), "?"));
        List<Object> args = new ArrayList<>();
        args.add(establishmentId);
        args.addAll(codes);
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Boolean> grantedNow = new LinkedHashMap<>();
        Map<String, Instant> changedAt = new LinkedHashMap<>();
        Map<String, String> changedBy = new LinkedHashMap<>();
        Map<String, List<String>> inspectors = new LinkedHashMap<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc.query("select id, diploma_code, label, granted, changed_at, changed_by from inspection_diploma where establishment_id = ? "
                + "and diploma_code in (" + marks + ") order by diploma_code", rs -> {
            String code = rs.getString(2);
            labels.put(code, rs.getString(3));
            grantedNow.put(code, rs.getBoolean(4));
            changedAt.put(code, rs.getTimestamp(5).toInstant());
            changedBy.put(code, rs.getString(6));
            ids.put(code, rs.getLong(1));
        }, args.toArray());
        ids.forEach((code, id) -> inspectors.put(code, jdbc.queryForList("select concat(display_name, ' (', username, ')') "
                + "from inspection_referent where diploma_id = ? order by display_name", String.class, id)));
        List<Period> periods = new ArrayList<>();
        Map<String, Object[]> open = new LinkedHashMap<>();
        jdbc.query("select diploma_code, granted, changed_at, changed_by from inspection_grant_change where establishment_id = ? "
                + "and diploma_code in (" + marks + ") order by changed_at, id", rs -> {
            String code = rs.getString(1);
            Instant at = rs.getTimestamp(3).toInstant();
            if (rs.getBoolean(2)) {
                open.putIfAbsent(code, new Object[]{at, rs.getString(4)});
            } else {
                Object[] from = open.remove(code);
                if (from != null) periods.add(period(code, labels, inspectors, from, at, rs.getString(4)));
            }
        }, args.toArray());
        open.forEach((code, from) -> periods.add(period(code, labels, inspectors, from, null, null)));
        // granted before grants were recorded one by one: the diploma's own last change says since when
        grantedNow.forEach((code, granted) -> {
            if (granted && !open.containsKey(code)) {
                periods.add(period(code, labels, inspectors, new Object[]{changedAt.get(code), changedBy.get(code)}, null, null));
            }
        });
        periods.sort(Comparator.comparing(Period::diplomaCode).thenComparing(Period::from));
        return periods;
    }

    private static Period period(String code, Map<String, String> labels, Map<String, List<String>> inspectors, Object[] from,
                                 Instant until, String revokedBy) {
        return new Period(code, labels.getOrDefault(code, code), inspectors.getOrDefault(code, List.of()), (Instant) from[0],
                (String) from[1], until, revokedBy);
    }
}
