package org.preau.learner;

/**
 * A learner became active in an establishment through an import: new to it, or back after
 * having left ({@code returning}). Published inside the import's transaction, so that
 * transactional listeners hear of it only once the import is committed.
 */
public record LearnerArrived(long learnerId, long establishmentId, long schoolYearId, String ine, String siecleKey,
                             boolean returning) {
}
