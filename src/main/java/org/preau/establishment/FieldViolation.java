package org.preau.establishment;

import java.util.List;

/**
 * A field that failed a rule: which field, the translation key of the French message and its
 * arguments. The view shows it next to the field.
 */
public record FieldViolation(String field, String messageKey, List<Object> arguments) {

    public FieldViolation {
        arguments = List.copyOf(arguments);
    }

    static FieldViolation of(String field, String messageKey, Object... arguments) {
        return new FieldViolation(field, messageKey, List.of(arguments));
    }
}
