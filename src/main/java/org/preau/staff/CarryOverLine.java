package org.preau.staff;

import java.time.LocalDate;
import java.util.List;

/**
 * What the switchover does with one person's functions.
 *
 * @param outcome CARRIED: the functions are copied to the new year; ALREADY_SET: the new year
 *                has functions for the person already (an import was made in advance), kept;
 *                LEFT: the person left before the new year starts, nothing copied
 */
public record CarryOverLine(long staffMemberId, String nomUsage, String prenom, List<String> functions, LocalDate exitDate,
                            Outcome outcome) {

    public enum Outcome {
        CARRIED, ALREADY_SET, LEFT;

        public String translationKey() {
            return "staff.carryOver." + name();
        }
    }

    public String displayName() {
        return nomUsage + " " + prenom;
    }
}
