package org.preau.establishment;

import java.util.List;

/** The details sent to {@link EtablissementService#save} break one or more rules; nothing was saved. */
public class InvalidEtablissementException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidEtablissementException(List<FieldViolation> violations) {
        super("Invalid establishment details: " + violations.stream().map(FieldViolation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
