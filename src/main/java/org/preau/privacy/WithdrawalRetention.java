package org.preau.privacy;

import org.preau.base.TableTextScrub;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** The privacy module's own table in the scrub: a withdrawal naming a scrubbed learner loses the name (the dates stay). */
@Component
class WithdrawalRetention extends TableTextScrub {

    WithdrawalRetention(JdbcTemplate jdbc) {
        super(jdbc, "consent_withdrawal", List.of("person"), "establishment_id = ?");
    }
}
