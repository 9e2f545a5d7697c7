package org.preau.mail;

import org.preau.base.TableTextScrub;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** The mail module's part of the retention scrub: a scrubbed learner's or staff member's name and e-mail are erased from the mails kept. */
@Component
class MailRetention extends TableTextScrub {

    MailRetention(JdbcTemplate jdbc) {
        // the recipient and the delivery error hold a staff member's e-mail address
        super(jdbc, "mail_message", List.of("recipient", "subject", "body", "last_error"), "establishment_id = ?");
    }
}
