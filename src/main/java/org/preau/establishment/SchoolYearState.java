package org.preau.establishment;

/** A school year is prepared, then runs, then is closed (and stays readable). */
public enum SchoolYearState {
    PREPARATION, EN_COURS, CLOTUREE;

    public String translationKey() {
        return "schoolYear.state." + name();
    }
}
