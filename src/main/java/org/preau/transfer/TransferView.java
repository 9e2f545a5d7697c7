package org.preau.transfer;

import java.time.Instant;
import java.time.LocalDate;

/** A transfer sent by the current establishment, as shown. */
public record TransferView(long id, long learnerId, String learnerName, String ine, String destinationUai,
                           String destinationName, TransferMode mode, TransferStatus status, String reason, int attempts,
                           LocalDate consentDate, ConsentGiver consentGiver, String consentGiverNames,
                           String consentRecordedBy, boolean hasConsentForm, Instant createdAt, Instant deliveredAt,
                           Integer recordsSent) {
}
