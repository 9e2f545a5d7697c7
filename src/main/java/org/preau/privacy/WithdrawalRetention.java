package org.preau.privacy;

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

/** The privacy module's own table in the scrub: a withdrawal naming a scrubbed learner loses the name (the dates stay). */
@Component
class WithdrawalRetention implements LeaverScrub {

    private final JdbcTemplate jdbc;

    WithdrawalRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> scrub(long establishmentId, Collection<PersonTraces> people) {
        int rows = TextScrub.erase(jdbc, "consent_withdrawal", "id", List.of("person"), "establishment_id = ?", establishmentId, people);
        Map<String, Integer> changed = new LinkedHashMap<>();
        if (rows > 0) changed.put("consent_withdrawal", rows);
        return changed;
    }

    /** Staff members' names and e-mails are erased from the same texts, by the same rule. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> scrubStaff(long establishmentId, Collection<PersonTraces> staff) {
        return scrub(establishmentId, staff);
    }
}
