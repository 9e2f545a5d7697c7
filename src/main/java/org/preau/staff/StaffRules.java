package org.preau.staff;

import org.preau.establishment.FieldViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules a staff record obeys, shared by the staff page (next to the fields) and the service. */
public final class StaffRules {

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    /** FONCTION codes of STS-WEB, plus ADM (administrative staff) for schools without STS. */
    public static final List<String> FUNCTION_CODES = List.of("ENS", "DIR", "EDU", "DOC", "COP", "ORI", "FIJ", "AED", "SUR", "ADM");
    public static final Set<String> CIVILITES = Set.of("M", "MME", "MLLE");

    private static final java.util.Map<String, String> REQUIRED = java.util.Map.of(
            "nomUsage", "staff.error.nomUsage.required", "prenom", "staff.error.prenom.required");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern FUNCTION = Pattern.compile("[A-Z]{2,5}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    private StaffRules() {
    }

    public static Optional<FieldViolation> name(String field, String value) {
        if (value == null || value.isBlank()) return violation(field, REQUIRED.getOrDefault(field, "staff.error.nomUsage.required"));
        if (value.strip().length() > NAME_MAX) return violation(field, "error.field.tooLong", NAME_MAX);
        return Optional.empty();
    }

    public static Optional<FieldViolation> optionalName(String field, String value) {
        if (value != null && value.strip().length() > NAME_MAX) return violation(field, "error.field.tooLong", NAME_MAX);
        return Optional.empty();
    }

    public static Optional<FieldViolation> email(String field, String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        if (value.strip().length() > EMAIL_MAX) return violation(field, "error.field.tooLong", EMAIL_MAX);
        if (!EMAIL.matcher(value.strip()).matches()) return violation(field, "staff.error.email.invalid");
        return Optional.empty();
    }

    /**
     * True when a private e-mail is on the domain of the establishment's own e-mail: the SeGEC
     * login would then be lost with a change of school, so the staff page warns.
     */
    public static boolean onSchoolDomain(String privateEmail, String establishmentEmail) {
        String own = domain(privateEmail);
        return own != null && own.equals(domain(establishmentEmail));
    }

    private static String domain(String email) {
        if (email == null) return null;
        int at = email.strip().lastIndexOf('@');
        return at < 0 || at == email.strip().length() - 1 ? null : email.strip().substring(at + 1).toLowerCase(java.util.Locale.ROOT);
    }

    public static boolean isFunctionCode(String code) {
        return code != null && FUNCTION.matcher(code).matches();
    }

    public static Optional<FieldViolation> username(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        if (!USERNAME.matcher(value.strip()).matches()) return violation("username", "staff.error.username.invalid");
        return Optional.empty();
    }

    static List<FieldViolation> validate(StaffDetails d) {
        List<FieldViolation> violations = new ArrayList<>();
        name("nomUsage", d.getNomUsage()).ifPresent(violations::add);
        name("prenom", d.getPrenom()).ifPresent(violations::add);
        optionalName("nomPatronymique", d.getNomPatronymique()).ifPresent(violations::add);
        email("emailPro", d.getEmailPro()).ifPresent(violations::add);
        email("emailPerso", d.getEmailPerso()).ifPresent(violations::add);
        if (d.getCivilite() != null && !CIVILITES.contains(d.getCivilite())) violations.add(new FieldViolation("civilite", "staff.error.civilite", List.of()));
        if (d.getSexe() != null && !Set.of("M", "F").contains(d.getSexe())) violations.add(new FieldViolation("sexe", "staff.error.sexe", List.of()));
        if (d.getExitDate() != null && d.getDateNaissance() != null && !d.getExitDate().isAfter(d.getDateNaissance())) {
            violations.add(new FieldViolation("exitDate", "staff.error.exitDate.beforeBirth", List.of()));
        }
        return violations;
    }

    private static Optional<FieldViolation> violation(String field, String key, Object... arguments) {
        return Optional.of(new FieldViolation(field, key, List.of(arguments)));
    }
}
