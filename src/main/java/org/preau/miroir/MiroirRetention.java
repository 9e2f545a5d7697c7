package org.preau.miroir;

import org.preau.base.LeaverScrub;
import org.preau.base.PersonTraces;
import org.preau.base.TextScrub;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Miroir module's part of the retention scrub: miroir_pupil holds no name (level, implantation,
 * CEB: what the indicators count) and stays; the collection point's messages about a scrubbed
 * pupil lose the pupil's name.
 */
@Component
class MiroirRetention implements LeaverScrub {

    private final JdbcTemplate jdbc;

    MiroirRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> scrub(long establishmentId, Collection<PersonTraces> people) {
        int rows = TextScrub.erase(jdbc, "miroir_submission", "id", List.of("messages"), "establishment_id = ?", establishmentId, people);
        Map<String, Integer> changed = new LinkedHashMap<>();
        if (rows > 0) changed.put("miroir_submission", rows);
        return changed;
    }
}
