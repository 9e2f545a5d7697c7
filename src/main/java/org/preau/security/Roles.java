package org.preau.security;

/** Role names as constants, for {@code @RolesAllowed} on views and service methods. */
public final class Roles {
    public static final String SECRETARY = "SECRETARY";
    public static final String DIRECTOR = "DIRECTOR";
    public static final String INSPECTOR = "INSPECTOR";
    public static final String TEACHER = "TEACHER";

    private Roles() {
    }
}
