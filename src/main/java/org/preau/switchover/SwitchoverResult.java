package org.preau.switchover;

import org.preau.establishment.SchoolYearView;
import org.preau.pupil.MoveUpPlan;
import org.preau.staff.CarryOverLine;

import java.util.List;
import java.util.Optional;

/** What the switchover did: the year closed, the year started and the outcome for each person. */
public record SwitchoverResult(Optional<SchoolYearView> closed, SchoolYearView started, List<CarryOverLine> staff,
                               Optional<MoveUpPlan> moveUp) {

    public SwitchoverResult(Optional<SchoolYearView> closed, SchoolYearView started, List<CarryOverLine> staff) {
        this(closed, started, staff, Optional.empty());
    }
}
