package org.preau.learner;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads learners with plain SQL: one query per page (no count, no query per row), in the order
 * of the {@code enrolment} indexes so that the first page of 100,000 learners costs little.
 */
@Repository
class LearnerStore {

    /** RNIE (9 digits, 2 letters), BEA (10 digits, 1 letter) and apprenticeship INE shapes. */
    private static final Pattern INE = Pattern.compile("[0-9]{9}[A-Z]{2}|[0-9]{10}[A-Z]|[0-9]{4}A[0-9]{5}[A-Z]");

    private final JdbcTemplate jdbc;

    LearnerStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** InnoDB's full-text index skips shorter words (innodb_ft_min_token_size = 3). */
    static final int MIN_INDEXED_WORD = 3;

    /** The words of a name search: letters and digits, anything else separates them ("lambert-roy"). */
    static List<String> nameWords(String text) {
        if (text == null) return List.of();
        return Arrays.stream(text.strip().split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).limit(8).toList();
    }

    /**
     * The boolean-mode query that every indexed word must start a word of the names ("+hug* +dup*");
     * empty when no word is long enough for the index, and the list falls back to the name's start.
     */
    static String nameSearch(String text) {
        return String.join(" ", nameWords(text).stream().filter(w -> w.length() >= MIN_INDEXED_WORD).map(w -> "+" + w + "*").toList());
    }

    static boolean looksLikeIne(String text) {
        return text != null && INE.matcher(text.strip().toUpperCase(java.util.Locale.ROOT)).matches();
    }

    List<LearnerRow> page(LearnerScope scope, LearnerFilter filter, Collection<String> mefCodes, int offset, int limit) {
        if (offset > 0 && filter.search() == null) return deepPage(scope, filter, mefCodes, offset, limit);
        StringBuilder sql = new StringBuilder(COLUMNS + """
                from enrolment e
                join learner l on l.id = e.learner_id
                left join mef m on m.establishment_id = e.establishment_id and m.code_mef = e.code_mef
                where e.school_year_id = ? and e.establishment_id = ?""");
        List<Object> args = new ArrayList<>(List.of(scope.schoolYearId(), scope.establishmentId()));
        enrolmentFilters(sql, args, scope, filter, mefCodes);
        if (filter.search() != null) {
            if (looksLikeIne(filter.search())) {
                sql.append(" and l.ine = ?");
                args.add(filter.search().strip().toUpperCase(java.util.Locale.ROOT));
            } else if (!nameSearch(filter.search()).isEmpty()) {
                List<String> words = nameWords(filter.search());
                String indexed = nameSearch(filter.search());
                sql.append(" and match(l.nom, l.nom_usage, l.prenom, l.prenom2, l.prenom3) against (? in boolean mode)");
                args.add(indexed);
                // Words shorter than the index's smallest token ("Li", "Bo") are checked on the rows it found.
                for (String word : words) {
                    if (word.length() >= MIN_INDEXED_WORD) continue;
                    sql.append(" and (l.nom like ? or l.nom_usage like ? or l.prenom like ? or l.prenom2 like ? or l.prenom3 like ?)");
                    for (int i = 0; i < 5; i++) args.add(word + "%");
                }
            } else {
                sql.append(" and e.sort_name like ? escape '!'");
                args.add(filter.search().strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
        }
        sql.append(" order by e.sort_name, e.learner_id limit ? offset ?");
        args.add(limit);
        args.add(offset);
        return jdbc.query(sql.toString(), ROW, args.toArray());
    }

    /**
     * A page far down the list: the rows to skip are counted in the list's own index only (school
     * year, filter, sort name, learner id: no row read, no join), then the page's 50 rows are
     * read. Joining learner and MEF for every skipped row made the page at 50,000 cost 200 ms to
     * over a second. The year belongs to one establishment; the establishment is checked on the
     * rows shown.
     */
    private List<LearnerRow> deepPage(LearnerScope scope, LearnerFilter filter, Collection<String> mefCodes, int offset, int limit) {
        StringBuilder keys = new StringBuilder("select e.learner_id, e.sort_name from enrolment e where e.school_year_id = ?");
        List<Object> args = new ArrayList<>(List.of(scope.schoolYearId()));
        enrolmentFilters(keys, args, scope, filter, mefCodes);
        keys.append(" order by e.sort_name, e.learner_id limit ? offset ?");
        args.add(limit);
        args.add(offset);
        String sql = COLUMNS + "from (" + keys + """
                ) k
                join enrolment e on e.learner_id = k.learner_id and e.school_year_id = ? and e.establishment_id = ?
                join learner l on l.id = e.learner_id
                left join mef m on m.establishment_id = e.establishment_id and m.code_mef = e.code_mef
                order by k.sort_name, k.learner_id""";
        args.add(scope.schoolYearId());
        args.add(scope.establishmentId());
        return jdbc.query(sql, ROW, args.toArray());
    }

    private static final String COLUMNS = """
            select l.id, l.nom, l.nom_usage, l.prenom, l.ine, e.division, e.code_mef, m.formation, e.active, e.exit_date, l.date_naissance,
                   e.received_by_transfer
            """;

    /** The conditions on the enrolment alone (alias {@code e}): division, the user's scope, MEF codes, status. */
    private static void enrolmentFilters(StringBuilder sql, List<Object> args, LearnerScope scope, LearnerFilter filter,
                                         Collection<String> mefCodes) {
        if (filter.division() != null) {
            sql.append(" and e.division = ?");
            args.add(filter.division());
        }
        if (scope.restricted()) {
            in(sql, args, "e.division", scope.divisions());
        }
        if (mefCodes != null) {
            in(sql, args, "e.code_mef", mefCodes);
        }
        if (scope.diplomaRestricted()) {
            in(sql, args, "e.code_mef", scope.mefCodes());
        }
        if (filter.status() != LearnerStatus.ALL) {
            sql.append(" and e.active = ?");
            args.add(filter.status() == LearnerStatus.ACTIVE);
        }
    }

    private static void in(StringBuilder sql, List<Object> args, String column, Collection<String> values) {
        if (values.isEmpty()) {
            sql.append(" and 1 = 0");
            return;
        }
        sql.append(" and ").append(column).append(" in (").append(String.join(", ", java.util.Collections.nCopies(values.size(), "?"))).append(')');
        args.addAll(values);
    }

    // Division, MEF code and formation repeat on every row of a page and in every open list: one shared copy
    // each, as the grid keeps its page in the session (docs/benchmarks.md, heap per session).
    private static final RowMapper<LearnerRow> ROW = (rs, i) -> new LearnerRow(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), shared(rs.getString(6)), shared(rs.getString(7)), shared(rs.getString(8)),
            rs.getBoolean(9), date(rs, 10), date(rs, 11), rs.getBoolean(12));

    /** A value from a small set (divisions, MEF codes and labels of one school's nomenclature), kept once in the JVM. */
    private static String shared(String value) {
        return value == null ? null : value.intern();
    }

    boolean exists(long establishmentId, long learnerId) {
        Integer n = jdbc.queryForObject("select count(*) from learner where id = ? and establishment_id = ?", Integer.class,
                learnerId, establishmentId);
        return n != null && n > 0;
    }

    /** The learner's division in that year, empty when not enrolled or without division. */
    Optional<String> division(long learnerId, long schoolYearId) {
        return jdbc.queryForList("select division from enrolment where learner_id = ? and school_year_id = ?", String.class,
                learnerId, schoolYearId).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** The learner's MEF in that year, empty when not enrolled or without MEF. */
    Optional<String> codeMef(long learnerId, long schoolYearId) {
        return jdbc.queryForList("select code_mef from enrolment where learner_id = ? and school_year_id = ?", String.class,
                learnerId, schoolYearId).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** The divisions of the year that hold learners of those MEFs. */
    List<String> divisionsOfMefs(long establishmentId, long schoolYearId, Collection<String> mefCodes) {
        if (mefCodes.isEmpty()) return List.of();
        List<Object> args = new ArrayList<>(List.of(schoolYearId, establishmentId));
        args.addAll(mefCodes);
        return jdbc.queryForList("select distinct division from enrolment where school_year_id = ? and establishment_id = ? "
                + "and division is not null and code_mef in (" + String.join(", ", java.util.Collections.nCopies(mefCodes.size(), "?"))
                + ") order by division", String.class, args.toArray()).stream().map(LearnerStore::shared).toList();
    }

    /** The division of an active learner in that year: a learner who left is no longer written for. */
    Optional<String> activeDivision(long learnerId, long schoolYearId) {
        return jdbc.queryForList("select division from enrolment where learner_id = ? and school_year_id = ? and active", String.class,
                learnerId, schoolYearId).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    List<String> divisions(long establishmentId, long schoolYearId) {
        return jdbc.queryForList("""
                select distinct division from enrolment
                where school_year_id = ? and establishment_id = ? and division is not null order by division""",
                String.class, schoolYearId, establishmentId).stream().map(LearnerStore::shared).toList();
    }

    List<String> mefCodes(long establishmentId, long schoolYearId) {
        return jdbc.queryForList("""
                select distinct code_mef from enrolment
                where school_year_id = ? and establishment_id = ? and code_mef is not null order by code_mef""",
                String.class, schoolYearId, establishmentId);
    }

    record Identity(long id, String nom, String nomUsage, String prenom, String prenom2, String prenom3, String sexe,
                    LocalDate dateNaissance, String ine, String eleveId) {
    }

    Optional<Identity> identity(long establishmentId, long learnerId) {
        return jdbc.query("""
                        select id, nom, nom_usage, prenom, prenom2, prenom3, sexe, date_naissance, ine, eleve_id
                        from learner where id = ? and establishment_id = ?""",
                (rs, i) -> new Identity(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), date(rs, 8), rs.getString(9), rs.getString(10)),
                learnerId, establishmentId).stream().findFirst();
    }

    record Enrolment(long schoolYearId, int startYear, String division, List<String> groups, String codeMef, boolean active,
                     LocalDate entryDate, LocalDate exitDate, boolean receivedByTransfer) {
    }

    List<Enrolment> enrolments(long establishmentId, long learnerId) {
        return jdbc.query("""
                        select school_year_id, start_year, division, groups_codes, code_mef, active, entry_date, exit_date,
                               received_by_transfer
                        from enrolment where learner_id = ? and establishment_id = ? order by start_year desc""",
                (rs, i) -> new Enrolment(rs.getLong(1), rs.getInt(2), rs.getString(3), groups(rs.getString(4)), rs.getString(5),
                        rs.getBoolean(6), date(rs, 7), date(rs, 8), rs.getBoolean(9)),
                learnerId, establishmentId);
    }

    static List<String> groups(String codes) {
        return codes == null || codes.isEmpty() ? List.of() : Arrays.asList(codes.split("\\|"));
    }

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
