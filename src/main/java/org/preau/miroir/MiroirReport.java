package org.preau.miroir;

import org.preau.establishment.SchoolYearView;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Miroir indicators of a school and year, with the detail of their calculation, the data
 * to correct before sending (warnings) and what would be sent of the staff and pupils.
 *
 * @param capitalPresent whether the year has a capital-périodes (required for {@link MiroirUse#CAPITAL_PERIODES})
 */
public record MiroirReport(String fase, SchoolYearView year, MiroirUse use, boolean capitalPresent, Instant computedAt,
                           List<Indicator> indicators, List<String> warnings, List<SubmittedStaff> staff,
                           List<SubmittedPupil> pupils) {

    public boolean sendable() {
        return use == MiroirUse.CEB_RESULTS || capitalPresent;
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** A staff member as the collection point receives them. */
    public record SubmittedStaff(String externalRef, String lastName, String firstName, String function, int periods) {
    }

    /** A pupil as the collection point receives them ({@code section} = the implantation). */
    public record SubmittedPupil(String externalRef, String lastName, String firstName, String birthDate, String level,
                                 String section) {
    }
}
