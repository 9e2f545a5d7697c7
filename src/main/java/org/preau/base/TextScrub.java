package org.preau.base;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Erases people from the free-text columns of a module's own table (history lines, mail bodies,
 * payloads sent to peers): the rows are found by a search on the last name, then each text is
 * rewritten by {@link PersonTraces#erase}. Shared so that every module scrubs text the same way.
 */
public final class TextScrub {

    private TextScrub() {
    }

    /**
     * @param table   the module's own table
     * @param key     its primary key column
     * @param columns the text columns to rewrite
     * @param scope   the condition that limits the rows to one establishment, e.g. {@code establishment_id = ?}
     * @return how many rows were rewritten
     */
    public static int erase(JdbcTemplate jdbc, String table, String key, List<String> columns, String scope, Object scopeArg,
                            Collection<PersonTraces> people) {
        Set<Object> changed = new HashSet<>();
        String select = "select " + key + ", " + String.join(", ", columns) + " from " + table + " where " + scope + " and ("
                + columns.stream().map(c -> c + " like ?").collect(Collectors.joining(" or ")) + ")";
        String update = "update " + table + " set " + columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
                + " where " + key + " = ?";
        for (PersonTraces person : people) {
            // every last name: a text may name the person by their usage name or their birth name only
            List<String> words = new ArrayList<>(person.identifiers());
            words.addAll(person.lastNames());
            for (String word : words) {
                List<Object> args = new ArrayList<>(List.of(scopeArg));
                String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                for (int i = 0; i < columns.size(); i++) args.add(like);
                for (Map<String, Object> row : jdbc.queryForList(select, args.toArray())) {
                    List<Object> values = new ArrayList<>();
                    boolean differs = false;
                    for (String c : columns) {
                        String before = text(row, c);
                        String after = before;
                        for (PersonTraces p : people) after = p.erase(after);
                        differs |= after != null && !after.equals(before);
                        values.add(after);
                    }
                    if (!differs) continue;
                    Object id = text(row, key) == null ? null : row.entrySet().stream()
                            .filter(e -> e.getKey().equalsIgnoreCase(key)).findFirst().orElseThrow().getValue();
                    values.add(id);
                    jdbc.update(update, values.toArray());
                    changed.add(id);
                }
            }
        }
        return changed.size();
    }

    private static String text(Map<String, Object> row, String column) {
        for (Map.Entry<String, Object> e : row.entrySet()) {
            if (e.getKey().equalsIgnoreCase(column)) return e.getValue() == null ? null : e.getValue().toString();
        }
        return null;
    }
}
