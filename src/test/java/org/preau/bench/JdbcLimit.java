package org.preau.bench;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The plain-JDBC limit a SIECLE import is compared with, on the same database in the same run:
 * {@link PlainBee} reads the file, then multi-row inserts of 1,000 rows write the same learners and
 * enrolments into copies of {@code learner} and {@code enrolment} without any index but their
 * primary key, in one transaction. No check, no history, no comparison beyond what the yearly
 * switch needs (which learners are new, which identities changed, who is absent).
 */
final class JdbcLimit {

    private static final int CHUNK = 1000;
    private static final String LEARNER_COLUMNS =
            "id, establishment_id, siecle_key, ine, eleve_id, nom, nom_usage, prenom, prenom2, prenom3, sexe, date_naissance, created_at, updated_at";
    private static final String ENROLMENT_COLUMNS =
            "establishment_id, school_year_id, start_year, learner_id, sort_name, division, groups_codes, code_mef, active, entry_date, exit_date, updated_at";

    private final DataSource dataSource;

    JdbcLimit(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_limit_enrolment");
            s.execute("drop table if exists bench_limit_learner");
            // the columns of learner and enrolment (V3), nothing else
            s.execute("""
                    create table bench_limit_learner (id bigint not null primary key, establishment_id bigint not null,
                      siecle_key varchar(40) not null, ine varchar(20), eleve_id varchar(20), nom varchar(100) not null,
                      nom_usage varchar(100), prenom varchar(100) not null, prenom2 varchar(100), prenom3 varchar(100), sexe char(1),
                      date_naissance date, created_at timestamp(6) not null, updated_at timestamp(6) not null)
                    engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci""");
            s.execute("""
                    create table bench_limit_enrolment (id bigint not null auto_increment primary key, establishment_id bigint not null,
                      school_year_id bigint not null, start_year int not null, learner_id bigint not null, sort_name varchar(200) not null,
                      division varchar(40), groups_codes varchar(500), code_mef varchar(20), active boolean not null, entry_date date,
                      exit_date date, deactivated_at timestamp(6), updated_at timestamp(6) not null)
                    engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci""");
        }
    }

    /** Reads the file and writes every pupil into an empty copy (emptied first, outside the time). Returns milliseconds. */
    double firstImport(Path file, long yearId, int startYear) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate table bench_limit_enrolment");
            s.execute("truncate table bench_limit_learner");
        }
        long t0 = System.nanoTime();
        List<PlainBee.Pupil> pupils = PlainBee.read(file);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<Object[]> learners = new ArrayList<>(pupils.size());
            List<Object[]> enrolments = new ArrayList<>(pupils.size());
            long id = 0;
            for (PlainBee.Pupil p : pupils) {
                id++;
                learners.add(learnerRow(id, p, now));
                enrolments.add(enrolmentRow(yearId, startYear, id, p, now));
            }
            insert(c, "bench_limit_learner", LEARNER_COLUMNS, learners);
            insert(c, "bench_limit_enrolment", ENROLMENT_COLUMNS, enrolments);
            c.commit();
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /**
     * The next year's file over what {@link #firstImport} wrote: reads both, writes the new
     * learners, the changed identities and one enrolment of the new year per pupil of the file and
     * per learner absent from it. Returns milliseconds; {@code written} gets the rows written.
     */
    double yearlySwitch(Path file, long previousYearId, long yearId, int startYear, int[] written) throws Exception {
        long t0 = System.nanoTime();
        List<PlainBee.Pupil> pupils = PlainBee.read(file);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            record Known(long id, String identity, boolean active) {
            }
            Map<Long, Boolean> activeBefore = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("select learner_id, active from bench_limit_enrolment where school_year_id = ?")) {
                q.setLong(1, previousYearId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) activeBefore.put(rs.getLong(1), rs.getBoolean(2));
                }
            }
            Map<String, Known> known = new HashMap<>();
            long maxId = 0;
            try (Statement q = c.createStatement(); ResultSet rs = q.executeQuery(
                    "select id, siecle_key, ine, eleve_id, nom, nom_usage, prenom, prenom2, prenom3, sexe, date_naissance from bench_limit_learner")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    maxId = Math.max(maxId, id);
                    known.put(rs.getString(2), new Known(id, identity(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getObject(11, LocalDate.class)),
                            Boolean.TRUE.equals(activeBefore.get(id))));
                }
            }
            List<Object[]> learners = new ArrayList<>();
            List<Object[]> enrolments = new ArrayList<>(pupils.size());
            for (PlainBee.Pupil p : pupils) {
                Known k = known.remove(p.key());
                long id = k == null ? ++maxId : k.id();
                if (k == null || !k.identity().equals(identity(p.ine, p.eleveId, p.nom, p.nomUsage, p.prenom, p.prenom2, p.prenom3, p.sexe,
                        p.naissance))) {
                    learners.add(learnerRow(id, p, now));
                }
                enrolments.add(enrolmentRow(yearId, startYear, id, p, now));
            }
            for (Known absent : known.values()) {
                if (absent.active()) {
                    enrolments.add(new Object[]{1L, yearId, startYear, absent.id(), "", null, null, null, false, null, null, now});
                }
            }
            insert(c, "bench_limit_learner", LEARNER_COLUMNS, learners, """
                     on duplicate key update ine = values(ine), eleve_id = values(eleve_id), nom = values(nom), nom_usage = values(nom_usage),
                     prenom = values(prenom), prenom2 = values(prenom2), prenom3 = values(prenom3), sexe = values(sexe),
                     date_naissance = values(date_naissance), updated_at = values(updated_at)""");
            insert(c, "bench_limit_enrolment", ENROLMENT_COLUMNS, enrolments);
            c.commit();
            written[0] = learners.size() + enrolments.size();
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    void drop() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_limit_enrolment");
            s.execute("drop table if exists bench_limit_learner");
        }
    }

    private static String identity(Object... fields) {
        StringBuilder b = new StringBuilder();
        for (Object f : fields) b.append(Objects.toString(f, "")).append('\u0001');
        return b.toString();
    }

    private static Object[] learnerRow(long id, PlainBee.Pupil p, Timestamp now) {
        return new Object[]{id, 1L, p.key(), p.ine, p.eleveId, p.nom, p.nomUsage, p.prenom, p.prenom2, p.prenom3, p.sexe, p.naissance, now, now};
    }

    private static Object[] enrolmentRow(long yearId, int startYear, long learnerId, PlainBee.Pupil p, Timestamp now) {
        return new Object[]{1L, yearId, startYear, learnerId, p.sortName(), p.division, p.groups, p.codeMef, p.active(), p.entree,
                p.sortie, now};
    }

    private static void insert(Connection c, String table, String columns, List<Object[]> rows) throws SQLException {
        insert(c, table, columns, rows, "");
    }

    private static void insert(Connection c, String table, String columns, List<Object[]> rows, String suffix) throws SQLException {
        if (rows.isEmpty()) return;
        int width = rows.getFirst().length;
        String tuple = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        PreparedStatement full = null;
        try {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                String sql = "insert into " + table + " (" + columns + ") values " + String.join(", ", Collections.nCopies(chunk.size(), tuple)) + suffix;
                PreparedStatement ps;
                if (chunk.size() == CHUNK) {
                    if (full == null) full = c.prepareStatement(sql);
                    ps = full;
                } else {
                    ps = c.prepareStatement(sql);
                }
                int i = 1;
                for (Object[] row : chunk) for (Object v : row) ps.setObject(i++, v);
                ps.executeUpdate();
                if (ps != full) ps.close();
            }
        } finally {
            if (full != null) full.close();
        }
    }
}
