package org.preau.miroir;

/** What the Miroir indicators need of a pupil in a school year. {@code ceb} is null when not (yet) known. */
public record PupilData(long learnerId, Level level, String implantation, CebResult ceb) {
}
