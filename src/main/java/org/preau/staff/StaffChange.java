package org.preau.staff;

import java.util.List;

/** A continuing person whose record the import changes, with each change in French ("prénom : A → B"). */
public record StaffChange(StaffLine person, List<String> changes) {

    public StaffChange {
        changes = List.copyOf(changes);
    }
}
