package org.preau.learner;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes an import with multi-row {@code INSERT … ON DUPLICATE KEY UPDATE} statements of a few
 * hundred rows each: 100,000 learners are a few hundred statements, never one per row, and no
 * entity is loaded.
 */
@Repository
class RosterStore {

    private static final int CHUNK = 1000;
    private static final String LEARNER_STAGE = "roster_stage_learner";
    private static final String ENROLMENT_STAGE = "roster_stage_enrolment";
    private static final String ENROLMENT_STAGE_COLUMNS = """
            learner_id BIGINT NOT NULL, sort_name VARCHAR(200) NOT NULL, division VARCHAR(40) NULL, groups_codes VARCHAR(500) NULL,
            code_mef VARCHAR(20) NULL, active BOOLEAN NOT NULL, entry_date DATE NULL, exit_date DATE NULL,
            leaving BOOLEAN NOT NULL DEFAULT FALSE""";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RosterStore.class);

    private final JdbcTemplate jdbc;
    /** Cleared once the server refuses LOAD DATA LOCAL INFILE. */
    private volatile boolean localInfile = true;

    RosterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes these identities and returns the ids of the rows written, by SIECLE key (from the
     * statement itself: no second round trip to learn the new learners' ids).
     */
    Map<String, Long> upsertIdentities(long establishmentId, List<ImportedLearner> learners, Instant now) {
        Map<String, Long> ids = new HashMap<>(Math.max(16, learners.size() * 2));
        if (learners.isEmpty()) return ids;
        Timestamp at = Timestamp.from(now);
        stage(LEARNER_STAGE, """
                        siecle_key VARCHAR(40) NOT NULL, ine VARCHAR(20) NULL, eleve_id VARCHAR(20) NULL, nom VARCHAR(100) NOT NULL,
                        nom_usage VARCHAR(100) NULL, prenom VARCHAR(100) NOT NULL, prenom2 VARCHAR(100) NULL, prenom3 VARCHAR(100) NULL,
                        sexe CHAR(1) NULL, date_naissance DATE NULL""",
                "siecle_key, ine, eleve_id, nom, nom_usage, prenom, prenom2, prenom3, sexe, date_naissance", learners,
                l -> new Object[]{l.siecleKey(), l.ine(), l.eleveId(), l.nom(), l.nomUsage(), l.prenom(), l.prenom2(), l.prenom3(),
                        l.sexe(), l.dateNaissance()});
        jdbc.query("""
                        insert into learner (establishment_id, siecle_key, ine, eleve_id, nom, nom_usage, prenom, prenom2, prenom3,
                                             sexe, date_naissance, created_at, updated_at)
                        select ?, siecle_key, ine, eleve_id, nom, nom_usage, prenom, prenom2, prenom3, sexe, date_naissance, ?, ?
                        from %s order by n
                        on duplicate key update ine = values(ine), eleve_id = values(eleve_id), nom = values(nom),
                        nom_usage = values(nom_usage), prenom = values(prenom), prenom2 = values(prenom2), prenom3 = values(prenom3),
                        sexe = values(sexe), date_naissance = values(date_naissance), updated_at = values(updated_at)
                        returning id, siecle_key""".formatted(LEARNER_STAGE),
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                }, establishmentId, at, at);
        return ids;
    }

    /** Gives learners their new SIECLE key (learner id → key), before their identity is written under it. */
    void rekey(long establishmentId, Map<Long, String> rekeys) {
        if (rekeys.isEmpty()) return;
        List<Object[]> rows = rekeys.entrySet().stream().map(e -> new Object[]{e.getValue(), e.getKey(), establishmentId}).toList();
        jdbc.batchUpdate("update learner set siecle_key = ? where id = ? and establishment_id = ?", rows);
    }

    /** Ids of these learners (just inserted), by key; looked up a chunk of keys at a time. */
    Map<String, Long> ids(long establishmentId, List<String> keys) {
        Map<String, Long> ids = new HashMap<>(Math.max(16, keys.size() * 2));
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            List<Object> args = new ArrayList<>(chunk.size() + 1);
            args.add(establishmentId);
            args.addAll(chunk);
            jdbc.query("select siecle_key, id from learner where establishment_id = ? and siecle_key in ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", rs -> {
                ids.put(rs.getString(1), rs.getLong(2));
            }, args.toArray());
        }
        return ids;
    }

    /**
     * Enrolments of the year for these learners; rows are made a chunk at a time, never all at once.
     * A learner received by transfer keeps that mark until the import gives them a division.
     */
    void upsertEnrolments(long establishmentId, long schoolYearId, int startYear, List<ImportedLearner> learners,
                          java.util.function.ToLongFunction<ImportedLearner> idOf, Instant now) {
        if (learners.isEmpty()) return;
        Timestamp at = Timestamp.from(now);
        stage(ENROLMENT_STAGE, ENROLMENT_STAGE_COLUMNS, "learner_id, sort_name, division, groups_codes, code_mef, active, entry_date, exit_date, leaving",
                learners, l -> new Object[]{idOf.applyAsLong(l), ImportedLearner.sortName(l.nom(), l.nomUsage(), l.prenom()), l.division(),
                        l.groups(), l.codeMef(), l.active(), l.entryDate(), l.exitDate(), l.movement() == ImportedLearner.Movement.LEFT});
        jdbc.update("""
                        insert into enrolment (establishment_id, school_year_id, start_year, learner_id, sort_name, division,
                                               groups_codes, code_mef, active, entry_date, exit_date, deactivated_at, updated_at)
                        select ?, ?, ?, learner_id, sort_name, division, groups_codes, code_mef, active, entry_date, exit_date,
                               case when leaving then ? end, ?
                        from %s order by n
                        on duplicate key update sort_name = values(sort_name), division = values(division),
                        groups_codes = values(groups_codes), code_mef = values(code_mef), active = values(active),
                        entry_date = values(entry_date), exit_date = values(exit_date),
                        received_by_transfer = received_by_transfer and values(division) is null,
                        deactivated_at = coalesce(values(deactivated_at), case when values(active) then null else deactivated_at end),
                        updated_at = values(updated_at)""".formatted(ENROLMENT_STAGE),
                establishmentId, schoolYearId, startYear, at, at);
    }

    /** Learners absent from the file: their enrolment of the year says they left (kept as it was otherwise). */
    void deactivate(long establishmentId, long schoolYearId, int startYear, List<KnownLearner> leavers, Instant now) {
        if (leavers.isEmpty()) return;
        Timestamp at = Timestamp.from(now);
        stage(ENROLMENT_STAGE, ENROLMENT_STAGE_COLUMNS, "learner_id, sort_name, active, leaving", leavers,
                k -> new Object[]{k.learnerId(), ImportedLearner.sortName(k.nom(), k.nomUsage(), k.prenom()), false, true});
        jdbc.update("""
                        insert into enrolment (establishment_id, school_year_id, start_year, learner_id, sort_name, active,
                                               deactivated_at, updated_at)
                        select ?, ?, ?, learner_id, sort_name, false, ?, ? from %s order by n
                        on duplicate key update active = false, deactivated_at = values(deactivated_at), updated_at = values(updated_at)"""
                        .formatted(ENROLMENT_STAGE),
                establishmentId, schoolYearId, startYear, at, at);
    }

    /** A renamed learner is sorted under the new name in every year (of this establishment's enrolments only). */
    void renameEverywhere(long establishmentId, List<Map.Entry<Long, String>> sortNames) {
        if (sortNames.isEmpty()) return;
        jdbc.batchUpdate("update enrolment set sort_name = ? where learner_id = ? and establishment_id = ?",
                sortNames.stream().map(e -> new Object[]{e.getValue(), e.getKey(), establishmentId}).toList());
    }

    /**
     * How many of these learner ids are not learners of the establishment: an import's changes name
     * learners by id, and an enrolment or a departure written for another establishment's learner
     * would show that learner in this one's lists. A few ids are looked up; for a whole school's
     * import, one indexed read of the establishment's ids is cheaper than a hundred lookups.
     */
    int notOfEstablishment(long establishmentId, java.util.Collection<Long> learnerIds) {
        java.util.Set<Long> distinct = new java.util.HashSet<>(learnerIds);
        if (distinct.isEmpty()) return 0;
        if (distinct.size() > CHUNK) {
            java.util.Set<Long> own = new java.util.HashSet<>(jdbc.queryForList("select id from learner where establishment_id = ?",
                    Long.class, establishmentId));
            return (int) distinct.stream().filter(id -> !own.contains(id)).count();
        }
        List<Object> args = new ArrayList<>(distinct.size() + 1);
        args.add(establishmentId);
        args.addAll(distinct);
        int found = jdbc.queryForObject("select count(*) from learner where establishment_id = ? and id in ("
                + String.join(", ", Collections.nCopies(distinct.size(), "?")) + ")", Integer.class, args.toArray());
        return distinct.size() - found;
    }

    /**
     * Fills a temporary table of this connection with the rows, replacing what it held: streamed
     * as tab-separated text with {@code LOAD DATA LOCAL INFILE}, which the server takes in about
     * half the time of multi-row inserts (no statement of 13,000 values to parse). A server that
     * refuses local files ({@code local_infile} off) gets the multi-row inserts. A temporary
     * table is the session's own (two imports never meet in it), is not replicated by a Galera
     * cluster, and needs no migration; it keeps a primary key all the same, and its row number
     * keeps the file's order.
     */
    private <T> void stage(String table, String columnsDdl, String columns, List<T> rows, Function<T, Object[]> values) {
        jdbc.execute("drop temporary table if exists " + table);
        jdbc.execute("create temporary table " + table + " (n INT NOT NULL AUTO_INCREMENT PRIMARY KEY, " + columnsDdl
                + ") ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
        if (localInfile) {
            try {
                Long loaded = jdbc.execute((ConnectionCallback<Long>) connection -> {
                    try (Statement load = connection.createStatement()) {
                        load.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(new TabSeparated<>(rows, values));
                        return load.executeLargeUpdate("load data local infile 'rows' into table " + table
                                + " character set utf8mb4 fields terminated by '\\t' escaped by '\\\\' lines terminated by '\\n' (" + columns + ")");
                    }
                });
                if (loaded == null || loaded != rows.size()) {
                    throw new IllegalStateException(table + " took " + loaded + " rows of " + rows.size());
                }
                return;
            } catch (DataAccessException e) {
                if (!(e.getMostSpecificCause() instanceof SQLException sql) || !refusesLocalFiles(sql)) throw e;
                log.warn("The database refuses LOAD DATA LOCAL INFILE ({}): imports write with multi-row inserts", sql.getMessage());
                localInfile = false;
                jdbc.execute("delete from " + table);
            }
        }
        chunked(rows, "insert into " + table + " (" + columns + ") values ", "", values);
    }

    /** ER_NOT_ALLOWED_COMMAND from the server, or the driver's own refusal. */
    private static boolean refusesLocalFiles(SQLException e) {
        return e.getErrorCode() == 1148 || e.getErrorCode() == 4166
                || (e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("local infile"));
    }

    /** Rows as LOAD DATA's default text: tab between fields, a line per row, \N for null, escaped by a backslash. */
    private static final class TabSeparated<T> extends InputStream {
        private final java.util.Iterator<T> rows;
        private final Function<T, Object[]> values;
        private final StringBuilder text = new StringBuilder(1 << 16);
        private byte[] buffer = new byte[0];
        private int position;

        TabSeparated(List<T> rows, Function<T, Object[]> values) {
            this.rows = rows.iterator();
            this.values = values;
        }

        @Override
        public int read() {
            return fill() ? buffer[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (length == 0) return 0;
            if (!fill()) return -1;
            int n = Math.min(length, buffer.length - position);
            System.arraycopy(buffer, position, into, offset, n);
            position += n;
            return n;
        }

        /** A few hundred rows at a time: 100,000 rows are never all in memory as text. */
        private boolean fill() {
            while (position == buffer.length) {
                if (!rows.hasNext()) return false;
                text.setLength(0);
                for (int i = 0; i < 500 && rows.hasNext(); i++) {
                    Object[] row = values.apply(rows.next());
                    for (int f = 0; f < row.length; f++) {
                        if (f > 0) text.append('\t');
                        field(row[f]);
                    }
                    text.append('\n');
                }
                buffer = text.toString().getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            return true;
        }

        private void field(Object value) {
            switch (value) {
                case null -> text.append("\\N");
                case Boolean b -> text.append(b ? '1' : '0');
                case Number n -> text.append(n);
                case java.time.LocalDate d -> text.append(d);
                default -> {
                    String s = value.toString();
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        switch (c) {
                            case '\\' -> text.append("\\\\");
                            case '\t' -> text.append("\\t");
                            case '\n' -> text.append("\\n");
                            case '\r' -> text.append("\\r");
                            case '\0' -> text.append("\\0");
                            default -> text.append(c);
                        }
                    }
                }
            }
        }
    }

    private <T> void chunked(List<T> rows, String insert, String onDuplicate, Function<T, Object[]> values) {
        if (rows.isEmpty()) return;
        int placeholders = values.apply(rows.getFirst()).length;
        String tuple = "(" + String.join(", ", Collections.nCopies(placeholders, "?")) + ")";
        String fullSql = null;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            String sql;
            if (chunk.size() == CHUNK) {
                if (fullSql == null) fullSql = insert + String.join(", ", Collections.nCopies(CHUNK, tuple)) + onDuplicate;
                sql = fullSql;
            } else {
                sql = insert + String.join(", ", Collections.nCopies(chunk.size(), tuple)) + onDuplicate;
            }
            List<Object> args = new ArrayList<>(chunk.size() * placeholders);
            for (T row : chunk) args.addAll(Arrays.asList(values.apply(row)));
            jdbc.update(sql, args.toArray());
        }
    }
}
