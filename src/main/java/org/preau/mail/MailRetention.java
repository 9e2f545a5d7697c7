package org.preau.mail;

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

/** The mail module's part of the retention scrub: a scrubbed learner's or staff member's name and e-mail are erased from the mails kept. */
@Component
class MailRetention implements LeaverScrub {

    private final JdbcTemplate jdbc;

    MailRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> scrub(long establishmentId, Collection<PersonTraces> people) {
        // the recipient and the delivery error hold a staff member's e-mail address
        int rows = TextScrub.erase(jdbc, "mail_message", "id", List.of("recipient", "subject", "body", "last_error"), "establishment_id = ?",
                establishmentId, people);
        Map<String, Integer> changed = new LinkedHashMap<>();
        if (rows > 0) changed.put("mail_message", rows);
        return changed;
    }

    /** Staff members' names and e-mails are erased from the same texts, by the same rule. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> scrubStaff(long establishmentId, Collection<PersonTraces> staff) {
        return scrub(establishmentId, staff);
    }
}
