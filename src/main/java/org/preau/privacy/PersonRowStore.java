package org.preau.privacy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every row that concerns one person, found from the schema itself rather than a list kept by
 * hand, so that a table added tomorrow is exported without anyone remembering it: the person's
 * own row, then every table whose foreign key (or {@code learner_id} column) points at a row
 * already found, and so on down; plus the rows of the establishment whose text names the person
 * (first and last name in the same column), including tables without {@code establishment_id} reached
 * through their key to one that has it (the exchange history's lines, through their exchange).
 * It reads other modules' tables, read-only, on purpose: a subject-access export must not depend
 * on each module remembering to contribute.
 */
@Component
class PersonRowStore {

    /** A table holding a reference to another: {@code table.column → parent.parentColumn}. */
    record Link(String table, String column, String parent, String parentColumn) {
    }

    private final JdbcTemplate jdbc;

    PersonRowStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Table → rows (column → value), the person's own row under {@code root}. */
    Map<String, List<Map<String, Object>>> of(String root, long id, long establishmentId, String nom, String prenom) {
        Map<String, List<Map<String, Object>>> found = new LinkedHashMap<>();
        found.put(root, jdbc.queryForList("select * from " + root + " where id = ? and establishment_id = ?", id, establishmentId));
        List<Link> links = links(root);
        Deque<String> todo = new ArrayDeque<>(List.of(root));
        Set<Link> followed = new HashSet<>();
        while (!todo.isEmpty()) {
            String parent = todo.poll();
            for (Link link : links) {
                if (!link.parent().equals(parent) || !followed.add(link)) continue;
                List<Object> keys = found.getOrDefault(parent, List.of()).stream().map(r -> value(r, link.parentColumn()))
                        .filter(v -> v != null).distinct().toList();
                if (keys.isEmpty()) continue;
                String marks = keys.stream().map(k -> "?").collect(Collectors.joining(", "));
                List<Map<String, Object>> rows = jdbc.queryForList("select * from " + link.table() + " where " + link.column()
                        + " in (" + marks + ")", keys.toArray());
                if (rows.isEmpty()) continue;
                merge(found, link.table(), rows);
                todo.add(link.table());
            }
        }
        if (nom != null && !nom.isBlank() && prenom != null && !prenom.isBlank()) mentions(found, establishmentId, nom, prenom);
        return found;
    }

    /** The references between tables, from the schema, plus every {@code <root>_id} column without a declared key. */
    List<Link> links(String root) {
        List<Link> links = new ArrayList<>(jdbc.query("""
                        select table_name, column_name, referenced_table_name, referenced_column_name
                        from information_schema.key_column_usage
                        where table_schema = database() and referenced_table_name is not null""",
                (rs, i) -> new Link(low(rs.getString(1)), low(rs.getString(2)), low(rs.getString(3)), low(rs.getString(4)))));
        for (String table : jdbc.queryForList("select table_name from information_schema.columns where table_schema = database() "
                + "and column_name = ?", String.class, root + "_id")) {
            Link implicit = new Link(low(table), root + "_id", root, "id");
            if (!links.contains(implicit)) links.add(implicit);
        }
        return links;
    }

    private void mentions(Map<String, List<Map<String, Object>>> found, long establishmentId, String nom, String prenom) {
        Map<String, List<String>> textColumns = new LinkedHashMap<>();
        jdbc.query("""
                select c.table_name, c.column_name from information_schema.columns c
                where c.table_schema = database() and c.data_type in ('varchar', 'text', 'mediumtext', 'longtext', 'char')
                order by c.table_name, c.ordinal_position""",
                rs -> {
                    textColumns.computeIfAbsent(low(rs.getString(1)), t -> new ArrayList<>()).add(low(rs.getString(2)));
                });
        Set<String> owned = new HashSet<>(jdbc.queryForList("select lower(table_name) from information_schema.columns "
                + "where table_schema = database() and column_name = 'establishment_id'", String.class));
        // a table without establishment_id is scoped through its key to a table that has one (exchange_message → exchange)
        Map<String, String> scopes = new LinkedHashMap<>();
        for (Link l : links("learner")) {
            if (!owned.contains(l.table()) && owned.contains(l.parent()) && !scopes.containsKey(l.table())) {
                scopes.put(l.table(), l.column() + " in (select " + l.parentColumn() + " from " + l.parent() + " where establishment_id = ?)");
            }
        }
        for (String t : owned) scopes.put(t, "establishment_id = ?");
        String n = "%" + like(nom) + "%";
        String p = "%" + like(prenom) + "%";
        for (Map.Entry<String, List<String>> t : textColumns.entrySet()) {
            String scope = scopes.get(t.getKey());
            if (scope == null) continue;
            String where = t.getValue().stream().map(c -> "(" + c + " like ? and " + c + " like ?)").collect(Collectors.joining(" or "));
            List<Object> args = new ArrayList<>(List.of(establishmentId));
            for (int i = 0; i < t.getValue().size(); i++) {
                args.add(n);
                args.add(p);
            }
            List<Map<String, Object>> rows = jdbc.queryForList("select * from " + t.getKey() + " where " + scope + " and ("
                    + where + ")", args.toArray());
            if (!rows.isEmpty()) merge(found, t.getKey(), rows);
        }
    }

    private static void merge(Map<String, List<Map<String, Object>>> found, String table, List<Map<String, Object>> rows) {
        List<Map<String, Object>> list = found.computeIfAbsent(table, t -> new ArrayList<>());
        for (Map<String, Object> row : rows) {
            Object id = value(row, "id");
            boolean known = id != null ? list.stream().anyMatch(r -> id.equals(value(r, "id"))) : list.contains(row);
            if (!known) list.add(row);
        }
    }

    private static Object value(Map<String, Object> row, String column) {
        for (Map.Entry<String, Object> e : row.entrySet()) if (e.getKey().equalsIgnoreCase(column)) return e.getValue();
        return null;
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String low(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
