package org.preau.base;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module's part of the retention scrub when it is only free text: the scrubbed people are erased
 * from some text columns of one of its tables ({@link TextScrub}), and the table is reported with
 * how many rows changed. Staff members who left are erased from the same columns.
 */
public abstract class TableTextScrub implements LeaverScrub {

    private final JdbcTemplate jdbc;
    private final String table;
    private final List<String> columns;
    private final String scope;

    /** @param scope the condition that limits the rows to one establishment, its one argument being the establishment's id */
    protected TableTextScrub(JdbcTemplate jdbc, String table, List<String> columns, String scope) {
        this.jdbc = jdbc;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.scope = scope;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> scrub(long establishmentId, Collection<PersonTraces> people) {
        int rows = TextScrub.erase(jdbc, table, "id", columns, scope, establishmentId, people);
        Map<String, Integer> changed = new LinkedHashMap<>();
        if (rows > 0) changed.put(table, rows);
        return changed;
    }

    /** Staff members' names and e-mails are erased from the same texts, by the same rule. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> scrubStaff(long establishmentId, Collection<PersonTraces> staff) {
        return scrub(establishmentId, staff);
    }
}
