package org.preau.staff;

import java.util.List;

/** A division or group of the year as STS-WEB lists it; a group names the divisions it draws from. */
public record IncomingStructure(String type, String code, String label, List<String> divisionCodes) {

    public IncomingStructure {
        divisionCodes = divisionCodes == null ? List.of() : List.copyOf(divisionCodes);
    }
}
