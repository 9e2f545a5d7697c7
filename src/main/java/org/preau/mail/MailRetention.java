package org.preau.mail;

import org.preau.base.TableTextScrub;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** The mail module's part of the retention scrub: a scrubbed learner's name is erased from the mails kept. */
@Component
class MailRetention extends TableTextScrub {

    MailRetention(JdbcTemplate jdbc) {
        super(jdbc, "mail_message", List.of("subject", "body"), "establishment_id = ?");
    }
}
