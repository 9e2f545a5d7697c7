package org.preau.peer;

import org.preau.base.TableTextScrub;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The peer module's part of the retention scrub: a scrubbed learner's names and identifiers are
 * erased from what was sent to peers (kept as proof of the send); only finished sends, a send
 * still to be made keeps its body (the learner is then under a running transfer and not scrubbed).
 */
@Component
class PeerRetention extends TableTextScrub {

    PeerRetention(JdbcTemplate jdbc) {
        super(jdbc, "peer_delivery", List.of("body", "response_body", "last_error"), "establishment_id = ? and status not in ('PENDING', 'SENDING')");
    }
}
