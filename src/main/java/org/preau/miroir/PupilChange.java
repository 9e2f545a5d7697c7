package org.preau.miroir;

/**
 * One pupil of a pupil-data file and what it would change.
 *
 * @param before the stored data of the year, or null when the pupil has none yet
 */
public record PupilChange(long lineNo, String displayName, PupilData before, PupilData after) {

    public boolean isNew() {
        return before == null;
    }

    public boolean changed() {
        return before == null || !before.equals(after);
    }
}
