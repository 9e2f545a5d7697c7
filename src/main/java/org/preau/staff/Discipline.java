package org.preau.staff;

import java.math.BigDecimal;

/** A discipline a staff member is qualified for (STS {@code DISCIPLINE CODE="L1300"}), with its weekly hours. */
public record Discipline(String code, String label, BigDecimal hours) {

    /** Same code, label and hours (hours compared by value: 18.00 equals 18). */
    public boolean sameAs(Discipline other) {
        return code.equals(other.code) && java.util.Objects.equals(label, other.label)
                && (hours == null ? other.hours == null : other.hours != null && hours.compareTo(other.hours) == 0);
    }
}
