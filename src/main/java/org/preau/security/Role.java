package org.preau.security;

/** The four roles of Préau. Keycloak realm roles carry the same names in lower case. */
public enum Role {
    SECRETARY, DIRECTOR, INSPECTOR, TEACHER;

    /** The Spring Security authority, as checked by {@code @RolesAllowed}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Key of the role's French name in the translation bundle. */
    public String translationKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
