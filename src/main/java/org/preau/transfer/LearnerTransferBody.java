package org.preau.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/v1/learner-transfers} (the peers' contract). Beyond the contract's
 * fields, Préau sends the source's name and each record's author and creation time, which a
 * receiving Préau keeps (records keep their authors and dates); a peer may ignore them.
 */
public record LearnerTransferBody(String ine, String lastName, String firstName, LocalDate birthDate, String sourceUai,
                                  String sourceName, String destinationUai, Consent consent, List<Item> records) {

    public record Consent(Instant recordedAt, String recordedBy, String kind) {
    }

    public record Item(String kind, String title, LocalDate date, String content, String author, String authorName,
                       String diploma, Instant createdAt) {
    }
}
