package org.preau.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Many rows into a temporary table of the caller's connection (and transaction), for one
 * set-based {@code INSERT … SELECT} into the real table afterwards: how the imports write
 * 100,000 rows.
 */
public final class StagedRows {

    private static final Logger log = LoggerFactory.getLogger(StagedRows.class);
    private static final int CHUNK = 1000;
    /** Cleared once the server refuses LOAD DATA LOCAL INFILE. */
    private static volatile boolean localInfile = true;

    private StagedRows() {
    }

    /** For the tests: whether LOAD DATA is tried first. */
    static void tryLocalFiles(boolean tried) {
        localInfile = tried;
    }

    /**
     * Fills a temporary table of this connection with the rows, replacing what it held: streamed
     * as tab-separated text with {@code LOAD DATA LOCAL INFILE}, which the server takes in about
     * half the time of multi-row inserts (no statement of 13,000 values to parse). A server that
     * refuses local files ({@code local_infile} off) gets the multi-row inserts. A temporary
     * table is the session's own (two imports never meet in it), is not replicated by a Galera
     * cluster, and needs no migration; it keeps a primary key all the same, and its row number
     * keeps the file's order.
     *
     * @param columnsDdl the table's columns after its row number {@code n}
     * @param columns    the columns each row's values fill, in order (the others take their default)
     */
    public static <T> void load(JdbcTemplate jdbc, String table, String columnsDdl, String columns, List<T> rows, Function<T, Object[]> values) {
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
                log.warn("The database refuses LOAD DATA LOCAL INFILE ({}): bulk writes use multi-row inserts", sql.getMessage());
                localInfile = false;
                jdbc.execute("delete from " + table);
            }
        }
        inserted(jdbc, table, columns, rows, values);
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

    /** Multi-row inserts of 1,000 rows, for a server that refuses local files. */
    private static <T> void inserted(JdbcTemplate jdbc, String table, String columns, List<T> rows, Function<T, Object[]> values) {
        String insert = "insert into " + table + " (" + columns + ") values ";
        String onDuplicate = "";
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
