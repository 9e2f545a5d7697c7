package org.preau.miroir;

import org.preau.base.TableTextScrub;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The Miroir module's part of the retention scrub: miroir_pupil holds no name (level, implantation,
 * CEB: what the indicators count) and stays; the collection point's messages about a scrubbed
 * pupil lose the pupil's name.
 */
@Component
class MiroirRetention extends TableTextScrub {

    MiroirRetention(JdbcTemplate jdbc) {
        super(jdbc, "miroir_submission", List.of("messages"), "establishment_id = ?");
    }
}
