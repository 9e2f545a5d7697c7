package org.preau.mail;

import java.time.Instant;

/** A mail as the director sees it in Paramètres › Courriels. */
public record MailView(long id, String recipient, String subject, String body, MailStatus status, int attempts,
                       String lastError, Instant createdAt, String createdBy, Instant sentAt) {
}
