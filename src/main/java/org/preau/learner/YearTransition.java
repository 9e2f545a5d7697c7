package org.preau.learner;

import java.util.List;

/**
 * The learners between the year that closes and the year that starts, as the imports left them:
 * who continues (moving up when their MEF changes, staying on the same MEF otherwise), who leaves
 * (inactive or absent in the new year; kept with their records, which become transferable), who
 * arrives. Nothing here is decided by the switchover: the new year's SIECLE import decides.
 *
 * @param newYearImported whether the new year received a SIECLE import yet (else its learners are unknown)
 * @param notYetKnown     active in the closing year, not in the new year because it had no import yet
 */
public record YearTransition(boolean newYearImported, int activeInClosing, int movingUp, int sameMef, int leaving,
                             int notYetKnown, int arrivals, List<DivisionTransition> perDivision) {

    public int continuing() {
        return movingUp + sameMef;
    }

    /** The same counts for one division of the closing year. */
    public record DivisionTransition(String division, int active, int movingUp, int sameMef, int leaving, int notYetKnown) {
    }
}
