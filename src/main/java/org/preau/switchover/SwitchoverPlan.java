package org.preau.switchover;

import org.preau.establishment.SchoolYearView;
import org.preau.learner.YearTransition;
import org.preau.pupil.MoveUpPlan;
import org.preau.staff.CarryOverLine;

import java.util.List;
import java.util.Optional;

/**
 * What the switchover will do, before anything is done.
 *
 * @param closing      the year en cours that will be closed, if any
 * @param prepared     the year already en préparation that will start, if any (else it is created)
 * @param newStartYear the first calendar year of the year that will start
 * @param staff        one line per person with functions in the closing year
 * @param learners     the learners between the closing year and the new one, when a year closes
 * @param moveUp       a Belgian school's move-up of its pupils, when a year closes (French learners follow SIECLE)
 */
public record SwitchoverPlan(Optional<SchoolYearView> closing, Optional<SchoolYearView> prepared, int newStartYear,
                             List<CarryOverLine> staff, Optional<YearTransition> learners, Optional<MoveUpPlan> moveUp) {

    public SwitchoverPlan(Optional<SchoolYearView> closing, Optional<SchoolYearView> prepared, int newStartYear,
                          List<CarryOverLine> staff, Optional<YearTransition> learners) {
        this(closing, prepared, newStartYear, staff, learners, Optional.empty());
    }

    public String newYearLabel() {
        return newStartYear + "-" + (newStartYear + 1);
    }

    public long carried() {
        return staff.stream().filter(l -> l.outcome() == CarryOverLine.Outcome.CARRIED).count();
    }
}
