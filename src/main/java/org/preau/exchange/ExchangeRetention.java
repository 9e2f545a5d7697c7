package org.preau.exchange;

import org.preau.base.LeaverScrub;
import org.preau.base.PersonTraces;
import org.preau.base.TextScrub;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exchange module's part of the retention job: the original files of exchanges older than the
 * establishment's limit are deleted (the history row stays, with its counts and messages), and a
 * scrubbed learner's names are erased from the history's summaries and lines.
 */
@Component
public class ExchangeRetention implements LeaverScrub {

    private final JdbcTemplate jdbc;

    ExchangeRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes the original files of the establishment's exchanges started before {@code before}; how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteOriginalsBefore(long establishmentId, Instant before) {
        return jdbc.update("""
                delete p from exchange_payload p join exchange e on e.id = p.exchange_id
                where e.establishment_id = ? and e.started_at < ?""", establishmentId, Timestamp.from(before));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> scrub(long establishmentId, Collection<PersonTraces> people) {
        Map<String, Integer> changed = new LinkedHashMap<>();
        int exchanges = TextScrub.erase(jdbc, "exchange", "id", List.of("summary"), "establishment_id = ?", establishmentId, people);
        int lines = TextScrub.erase(jdbc, "exchange_message", "id", List.of("text", "location"),
                "exchange_id in (select id from exchange where establishment_id = ?)", establishmentId, people);
        if (exchanges > 0) changed.put("exchange", exchanges);
        if (lines > 0) changed.put("exchange_message", lines);
        return changed;
    }

    /** Staff members' names and e-mails are erased from the same texts, by the same rule. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> scrubStaff(long establishmentId, Collection<PersonTraces> staff) {
        return scrub(establishmentId, staff);
    }
}
