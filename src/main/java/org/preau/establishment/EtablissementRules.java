package org.preau.establishment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of the Établissement tab, in one place: the service enforces them, the view runs
 * the same checks to show an error next to the field as the user types.
 */
public final class EtablissementRules {

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int ADDRESS_MAX = 200;
    public static final int CITY_MAX = 100;
    public static final int CONTACT_MAX = 500;

    // Deliberately simple: one @, no spaces, a dot in the domain. Mail delivery is the real test.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{6,30}");
    private static final Pattern FASE = Pattern.compile("[0-9]{1,6}");

    private EtablissementRules() {
    }

    public static Optional<FieldViolation> name(String value) {
        if (isBlank(value)) return violation("name", "etablissement.error.name.required");
        if (value.strip().length() > NAME_MAX) return violation("name", "error.field.tooLong", NAME_MAX);
        return Optional.empty();
    }

    public static Optional<FieldViolation> email(String value) {
        if (isBlank(value)) return violation("email", "etablissement.error.email.required");
        String email = value.strip();
        if (email.length() > EMAIL_MAX) return violation("email", "error.field.tooLong", EMAIL_MAX);
        if (!EMAIL.matcher(email).matches()) return violation("email", "etablissement.error.email.invalid");
        return Optional.empty();
    }

    public static Optional<FieldViolation> uai(String value) {
        String uai = Uai.normalise(value);
        if (isBlank(uai)) return violation("uai", "etablissement.error.uai.required");
        if (!Uai.hasValidFormat(uai)) return violation("uai", "etablissement.error.uai.format");
        if (!Uai.isValid(uai)) {
            return violation("uai", "etablissement.error.uai.checkLetter", String.valueOf(Uai.expectedLetter(uai).orElseThrow()));
        }
        return Optional.empty();
    }

    public static Optional<FieldViolation> fase(String value) {
        if (isBlank(value)) return violation("fase", "etablissement.error.fase.required");
        if (!FASE.matcher(value.strip()).matches()) return violation("fase", "etablissement.error.fase.format");
        return Optional.empty();
    }

    public static Optional<FieldViolation> postalCode(SchoolSystem system, String value) {
        if (isBlank(value)) return Optional.empty();
        String digits = system == SchoolSystem.FR ? "[0-9]{5}" : "[0-9]{4}";
        if (!value.strip().matches(digits)) {
            return violation("postalCode", system == SchoolSystem.FR
                    ? "etablissement.error.postalCode.fr" : "etablissement.error.postalCode.be");
        }
        return Optional.empty();
    }

    public static Optional<FieldViolation> phone(String value) {
        if (isBlank(value)) return Optional.empty();
        if (!PHONE.matcher(value.strip()).matches()) return violation("phone", "etablissement.error.phone");
        return Optional.empty();
    }

    public static Optional<FieldViolation> maxLength(String field, String value, int max) {
        if (value != null && value.strip().length() > max) return violation(field, "error.field.tooLong", max);
        return Optional.empty();
    }

    /** Every rule at once, as the service checks before saving. */
    public static List<FieldViolation> validate(SchoolSystem system, EtablissementDetails details) {
        List<FieldViolation> violations = new ArrayList<>();
        name(details.getName()).ifPresent(violations::add);
        email(details.getEmail()).ifPresent(violations::add);
        if (system == SchoolSystem.FR) {
            uai(details.getUai()).ifPresent(violations::add);
        } else {
            fase(details.getFase()).ifPresent(violations::add);
        }
        maxLength("addressLine", details.getAddressLine(), ADDRESS_MAX).ifPresent(violations::add);
        postalCode(system, details.getPostalCode()).ifPresent(violations::add);
        maxLength("city", details.getCity(), CITY_MAX).ifPresent(violations::add);
        phone(details.getPhone()).ifPresent(violations::add);
        maxLength("dreetsContact", details.getDreetsContact(), CONTACT_MAX).ifPresent(violations::add);
        maxLength("mcpfaContact", details.getMcpfaContact(), CONTACT_MAX).ifPresent(violations::add);
        maxLength("gretaCfaContact", details.getGretaCfaContact(), CONTACT_MAX).ifPresent(violations::add);
        return violations;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static Optional<FieldViolation> violation(String field, String key, Object... arguments) {
        return Optional.of(FieldViolation.of(field, key, arguments));
    }
}
