package org.preau.miroir;

import org.preau.pupil.Ceb;

/** What the Miroir indicators need of a pupil in a school year. {@code ceb} is null when not (yet) known. */
public record PupilData(long learnerId, Level level, String implantation, Ceb ceb) {
}
