package org.preau.learner;

import java.time.LocalDate;
import java.util.List;

/** A learner's enrolment in one school year. */
public record EnrolmentView(long schoolYearId, int startYear, String division, List<String> groups, String codeMef,
                            MefView mef, MefView diploma, boolean active, LocalDate entryDate, LocalDate exitDate,
                            boolean receivedByTransfer) {

    /** Created here by a transfer and still without a division from a SIECLE import. */
    public boolean awaitingDivision() {
        return receivedByTransfer && (division == null || division.isBlank());
    }

    public String schoolYearLabel() {
        return startYear + "-" + (startYear + 1);
    }
}
