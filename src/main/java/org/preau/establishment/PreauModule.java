package org.preau.establishment;

import java.util.Set;

/**
 * The parts of Préau an establishment can switch on or off (Paramètres › Modules). A module
 * switched off disappears from the navigation ({@link RequiresModule} on its views) and its
 * services refuse calls ({@link ModuleSettings#requireEnabled}).
 * <p>
 * Defaults when the director never chose: transfers stay off until the director switches them
 * on (a learner's data leave only with consent); the Belgian-only modules are on for Belgian
 * establishments and off (and not offered) for French ones.
 */
public enum PreauModule {
    /** Learner data transfers to the next school (Paramètres › Transferts): by INE, so French only. */
    TRANSFERTS(Set.of(SchoolSystem.FR), false),
    /** The national exports of French schools: SIECLE BEE, Nomenclature, STS-WEB. */
    SIECLE(Set.of(SchoolSystem.FR), true),
    /** A Belgian school's own pupil records: CSV import, move-up at the switchover. */
    ELEVES_FWB(Set.of(SchoolSystem.BE), true),
    /** Read access granted to inspectors per diploma. */
    ACCES_INSPECTEUR(Set.of(SchoolSystem.FR, SchoolSystem.BE), true),
    /** Teacher accounts on the federation's extranet. */
    SEGEC(Set.of(SchoolSystem.BE), true),
    /** The yearly Miroir indicators. */
    MIROIR(Set.of(SchoolSystem.BE), true);

    private final Set<SchoolSystem> offeredTo;
    private final boolean onByDefault;

    PreauModule(Set<SchoolSystem> offeredTo, boolean onByDefault) {
        this.offeredTo = offeredTo;
        this.onByDefault = onByDefault;
    }

    public boolean offeredTo(SchoolSystem system) {
        return offeredTo.contains(system);
    }

    public boolean onByDefault() {
        return onByDefault;
    }

    public String translationKey() {
        return "module." + name();
    }
}
