package org.preau.pupil;

import java.util.List;

/**
 * A pupil CSV refused as a whole: every problem found (up to {@value PupilCsv#MAX_PROBLEMS}) with
 * its line and column, in French. Nothing was written.
 */
public class PupilFileRefusedException extends RuntimeException {

    private final List<Problem> problems;

    PupilFileRefusedException(List<Problem> problems) {
        super(problems.getFirst().location() == null ? problems.getFirst().text()
                : problems.getFirst().location() + " : " + problems.getFirst().text());
        this.problems = List.copyOf(problems);
    }

    PupilFileRefusedException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** What is wrong ({@code text}) and where ({@code location}: "ligne 4, colonne NISS", or null for the whole file). */
    public record Problem(String location, String text) {
    }
}
