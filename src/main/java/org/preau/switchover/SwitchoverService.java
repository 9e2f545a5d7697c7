package org.preau.switchover;

import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.LearnerRoster;
import org.preau.learner.YearTransition;
import org.preau.pupil.BelgianPupils;
import org.preau.pupil.MoveUp;
import org.preau.pupil.MoveUpPlan;
import org.preau.staff.CarryOverLine;
import org.preau.staff.StaffCarryOver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs the switchover of the current establishment: the year en préparation (created when there
 * is none) gets the staff's functions of the year en cours, then starts while the year en cours
 * closes. All in one transaction: a failure leaves both years as they were.
 */
@Service
public class SwitchoverService {

    private static final Logger log = LoggerFactory.getLogger(SwitchoverService.class);

    private final SchoolYearService years;
    private final StaffCarryOver staff;
    private final LearnerRoster learners;
    private final BelgianPupils pupils;
    private final MoveUp moveUp;

    SwitchoverService(SchoolYearService years, StaffCarryOver staff, LearnerRoster learners, BelgianPupils pupils, MoveUp moveUp) {
        this.years = years;
        this.staff = staff;
        this.learners = learners;
        this.pupils = pupils;
        this.moveUp = moveUp;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public SwitchoverPlan plan() {
        List<SchoolYearView> all = years.list();
        Optional<SchoolYearView> closing = closing(all);
        Optional<SchoolYearView> prepared = prepared(all);
        int newStartYear = prepared.map(SchoolYearView::startYear)
                .orElseGet(() -> all.stream().mapToInt(SchoolYearView::startYear).max().orElse(closing.map(SchoolYearView::startYear).orElse(0)) + 1);
        List<CarryOverLine> lines = closing.map(c -> staff.preview(c.id(), prepared.map(SchoolYearView::id).orElse(null), newStartYear))
                .orElse(List.of());
        Optional<YearTransition> transition = closing.map(c -> learners.transition(c.id(), prepared.map(SchoolYearView::id).orElse(null)));
        Optional<MoveUpPlan> pupilsMoveUp = pupils.offered()
                ? closing.map(c -> moveUp.plan(c.id(), prepared.map(SchoolYearView::id).orElse(null))) : Optional.empty();
        return new SwitchoverPlan(closing, prepared, newStartYear, lines, transition, pupilsMoveUp);
    }

    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public SwitchoverResult run() {
        List<SchoolYearView> all = years.list();
        Optional<SchoolYearView> closing = closing(all);
        SchoolYearView target = prepared(all).orElseGet(years::prepareNext);
        List<CarryOverLine> lines = closing.map(c -> staff.carryOver(c.id(), target.id())).orElse(List.of());
        Optional<MoveUpPlan> movedUp = pupils.offered() ? closing.map(c -> moveUp.run(c.id(), target.id())) : Optional.empty();
        SchoolYearView started = years.startPreparedYear();
        Optional<SchoolYearView> closed = closing.map(c -> years.require(c.id()));
        log.info("Switchover: year {} started, {} closed, {} staff functions carried over", started.label(),
                closed.map(SchoolYearView::label).orElse("none"), lines.stream().filter(l -> l.outcome() == CarryOverLine.Outcome.CARRIED).count());
        return new SwitchoverResult(closed, started, lines, movedUp);
    }

    private static Optional<SchoolYearView> closing(List<SchoolYearView> all) {
        return all.stream().filter(y -> y.state() == SchoolYearState.EN_COURS).max(Comparator.comparingInt(SchoolYearView::startYear));
    }

    private static Optional<SchoolYearView> prepared(List<SchoolYearView> all) {
        return all.stream().filter(y -> y.state() == SchoolYearState.PREPARATION).min(Comparator.comparingInt(SchoolYearView::startYear));
    }
}
