package org.preau.miroir;

import org.preau.base.SchoolYearLabel;

import java.time.LocalDate;

/**
 * The seed's two uses of the transfer: positioned on the year that ended (N-1), it sends the
 * June CEB results; positioned on the year under way (N, or one in preparation), the capital-périodes.
 * UNKNOWN is only read, never sent: a stored purpose this version does not know.
 */
public enum MiroirUse {
    CEB_RESULTS, CAPITAL_PERIODES, UNKNOWN;

    static MiroirUse of(int startYear, LocalDate today) {
        return startYear < SchoolYearLabel.startYear(today) ? CEB_RESULTS : CAPITAL_PERIODES;
    }

    public String translationKey() {
        return "miroir.use." + name();
    }
}
