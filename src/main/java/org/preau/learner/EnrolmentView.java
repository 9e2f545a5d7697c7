package org.preau.learner;

import java.time.LocalDate;
import java.util.List;

/** A learner's enrolment in one school year. */
public record EnrolmentView(long schoolYearId, int startYear, String division, List<String> groups, String codeMef,
                            MefView mef, MefView diploma, boolean active, LocalDate entryDate, LocalDate exitDate) {

    public String schoolYearLabel() {
        return startYear + "-" + (startYear + 1);
    }
}
