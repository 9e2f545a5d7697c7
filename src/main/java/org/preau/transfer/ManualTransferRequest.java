package org.preau.transfer;

import java.time.LocalDate;

/**
 * What the director confirms for one learner.
 *
 * @param consentDate   when the consent was given
 * @param givenBy       the learner, the legal guardians, or both
 * @param giverNames    the names of who signed (optional)
 * @param scan          the scanned signed form (PDF, PNG or JPEG), or null
 */
public record ManualTransferRequest(long learnerId, String destinationUai, LocalDate consentDate, ConsentGiver givenBy,
                                    String giverNames, byte[] scan) {
}
