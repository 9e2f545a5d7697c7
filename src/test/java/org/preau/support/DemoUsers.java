package org.preau.support;

/** The demo accounts that tests sign in as (loaded by the demo data at start). */
public final class DemoUsers {
    public static final String PASSWORD = "preau-demo";
    public static final String SECRETAIRE = "secretaire";
    public static final String DIRECTEUR = "directeur";
    public static final String INSPECTEUR = "inspecteur";
    public static final String ENSEIGNANT = "enseignant";
    public static final String SECRETAIRE_BE = "secretaire.be";
    public static final String LYCEE_UAI = "0179912G";
    public static final String ECOLE_FASE = "5432";

    private DemoUsers() {
    }
}
