package org.preau.learner;

import java.time.LocalDate;

/**
 * A learner left an establishment (absent from the newer export, or listed with an exit date).
 * The learner and their records are kept; the transfer of the records may start from here.
 * Published inside the import's transaction: transactional listeners hear of it after commit.
 *
 * @param exitDate the exit date of the export, or null when the learner is simply absent from it
 */
public record LearnerDeactivated(long learnerId, long establishmentId, long schoolYearId, String ine, String siecleKey,
                                 LocalDate exitDate) {
}
