package org.preau.transfer;

import java.time.Instant;
import java.time.LocalDate;

/** A learner who left the current establishment, whose data may be transferred by hand. */
public record TransferableLearner(long learnerId, String nom, String prenom, String ine, LocalDate dateNaissance,
                                  LocalDate exitDate, Instant leftAt) {
}
