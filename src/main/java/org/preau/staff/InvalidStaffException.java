package org.preau.staff;

import org.preau.establishment.FieldViolation;

import java.util.List;

/** A staff record breaks one or more rules; nothing was saved. The view shows each message next to its field. */
public class InvalidStaffException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidStaffException(List<FieldViolation> violations) {
        super("Invalid staff record: " + violations.stream().map(FieldViolation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
