package org.preau.inspection;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** A subscribed diploma of the establishment, its referent inspectors and whether they may read it. */
public record DiplomaGrant(long id, String diplomaCode, String label, boolean granted, Instant changedAt, String changedBy,
                           List<Referent> referents) {

    /** "Diplôme (Inspecteur A, Inspecteur B)", as the settings page shows it. */
    public String title() {
        if (referents.isEmpty()) return label;
        return label + " (" + referents.stream().map(Referent::displayName).collect(Collectors.joining(", ")) + ")";
    }
}
