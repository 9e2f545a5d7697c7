package org.preau.establishment;

/** A school year as other features see it: "2026-2027" starts in 2026. */
public record SchoolYearView(long id, long establishmentId, int startYear, SchoolYearState state) {

    public String label() {
        return startYear + "-" + (startYear + 1);
    }

    public boolean isOpen() {
        return state != SchoolYearState.CLOTUREE;
    }
}
