package org.preau.staff;

/** A person in an import preview: who, and their function (the new one, or the one they lose). */
public record StaffLine(String externalId, String nomUsage, String prenom, String functionCode) {

    public String displayName() {
        return nomUsage + " " + prenom;
    }
}
