package org.preau.staff;

import java.util.List;

/**
 * Everything an import file says about the staff of one school year.
 *
 * @param source     {@code STS} or {@code CSV}: which people the file is complete for (STS-WEB
 *                   ones, or the school's CSV list), and which source the functions get
 * @param structures the year's divisions and groups; null when the source has none (CSV)
 */
public record StaffSnapshot(String source, List<IncomingStaff> people, List<IncomingStructure> structures) {

    public static final String STS = "STS";
    public static final String CSV = "CSV";

    public StaffSnapshot {
        people = List.copyOf(people);
        structures = structures == null ? null : List.copyOf(structures);
    }

    /** The external types this source is complete for: absent ones of these types are leavers. */
    public List<String> externalTypes() {
        return STS.equals(source) ? List.of("epp", "local") : List.of("csv");
    }
}
