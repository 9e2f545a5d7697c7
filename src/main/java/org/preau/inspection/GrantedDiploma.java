package org.preau.inspection;

/** A diploma an establishment granted to the signed-in inspector, for the inspector console. */
public record GrantedDiploma(long establishmentId, String establishmentName, String diplomaCode, String label) {
}
