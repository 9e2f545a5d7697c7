package org.preau.staff;

import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The staff side of the school-year switchover: every person's functions are carried over to
 * the new year, unless the person left before it starts or the new year already has theirs.
 */
@Service
public class StaffCarryOver {

    private final StaffDirectoryStore records;
    private final SchoolYearService years;
    private final CurrentUser currentUser;

    StaffCarryOver(StaffDirectoryStore records, SchoolYearService years, CurrentUser currentUser) {
        this.records = records;
        this.years = years;
        this.currentUser = currentUser;
    }

    /**
     * What {@link #carryOver} would do. {@code toYearId} may be null when the new year is not
     * created yet; {@code toStartYear} is its first calendar year.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<CarryOverLine> preview(long fromYearId, Long toYearId, int toStartYear) {
        years.require(fromYearId);
        long establishmentId = currentUser.establishmentId();
        Set<Long> alreadySet = toYearId == null ? Set.of() : records.membersWithFunctions(establishmentId, years.require(toYearId).id());
        LocalDate newYearStarts = LocalDate.of(toStartYear, Month.AUGUST, 1);
        List<CarryOverLine> lines = new ArrayList<>();
        for (StaffDirectoryStore.YearFunctions f : records.functionsOfYear(establishmentId, fromYearId)) {
            CarryOverLine.Outcome outcome = f.exitDate() != null && !f.exitDate().isAfter(newYearStarts) ? CarryOverLine.Outcome.LEFT
                    : alreadySet.contains(f.memberId()) ? CarryOverLine.Outcome.ALREADY_SET : CarryOverLine.Outcome.CARRIED;
            lines.add(new CarryOverLine(f.memberId(), f.nomUsage(), f.prenom(), List.copyOf(f.codes()), f.exitDate(), outcome));
        }
        return lines;
    }

    /** Copies the functions of one year to the next (in the caller's transaction); one line per person. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<CarryOverLine> carryOver(long fromYearId, long toYearId) {
        SchoolYearView to = years.require(toYearId);
        List<CarryOverLine> lines = preview(fromYearId, toYearId, to.startYear());
        List<StaffStore.FunctionRow> rows = new ArrayList<>();
        lines.stream().filter(l -> l.outcome() == CarryOverLine.Outcome.CARRIED)
                .forEach(l -> l.functions().forEach(code -> rows.add(new StaffStore.FunctionRow(l.staffMemberId(), code))));
        records.insertFunctions(currentUser.establishmentId(), toYearId, rows, "CARRIED");
        return lines;
    }
}
