package org.preau.pupil;

/** What the Miroir indicators read of a pupil enrolled and active in a year. */
public record PupilIndicatorRow(long learnerId, SchoolLevel level, String implantation, Ceb ceb) {
}
