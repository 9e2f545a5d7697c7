package org.preau.learner;

/**
 * What the learners list shows, within the school year the user works in.
 *
 * @param division a division code, or null for all
 * @param diploma  a MEF code: learners whose MEF is it or is attached to it; null for all
 * @param status   active, inactive or all
 * @param search   the start of a name (nom d'usage or nom, then prénom) or a whole INE; null or blank for none
 */
public record LearnerFilter(String division, String diploma, LearnerStatus status, String search) {

    public static LearnerFilter all() {
        return new LearnerFilter(null, null, LearnerStatus.ALL, null);
    }

    public LearnerFilter {
        status = status == null ? LearnerStatus.ALL : status;
        division = blankToNull(division);
        diploma = blankToNull(diploma);
        search = blankToNull(search);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
