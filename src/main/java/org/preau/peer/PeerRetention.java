package org.preau.peer;

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
 * The peer module's part of the retention scrub: a scrubbed learner's names and identifiers are
 * erased from what was sent to peers (kept as proof of the send); only finished sends, a send
 * still to be made keeps its body (the learner is then under a running transfer and not scrubbed).
 */
@Component
class PeerRetention implements LeaverScrub {

    private final JdbcTemplate jdbc;

    PeerRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> scrub(long establishmentId, Collection<PersonTraces> people) {
        int rows = TextScrub.erase(jdbc, "peer_delivery", "id", List.of("body", "response_body", "last_error"),
                "establishment_id = ? and status not in ('PENDING', 'SENDING')", establishmentId, people);
        Map<String, Integer> changed = new LinkedHashMap<>();
        if (rows > 0) changed.put("peer_delivery", rows);
        return changed;
    }

    /** Staff members' names and e-mails are erased from the same texts, by the same rule. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> scrubStaff(long establishmentId, Collection<PersonTraces> staff) {
        return scrub(establishmentId, staff);
    }
}
