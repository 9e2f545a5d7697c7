package org.preau.segec;

import org.preau.staff.StaffRosterEntry;

import java.util.Optional;

/**
 * A staff member as the Extranet SeGEC sees them this year: the role sent, where they stand under
 * the rule of {@code docs/segec-extranet-rule.md} ({@link Standing}), their consent and account.
 */
public record SegecMember(StaffRosterEntry person, Role role, Standing standing, Optional<SegecConsent> consent,
                          Optional<SegecAccount> account) {

    /** The teacher's function code: ProEco sends only the teachers among the staff (seed 004). */
    public static final String TEACHER_FUNCTION = "ENS";

    public enum Role { TEACHER, DIRECTOR }

    /** Where a member stands; the first two are active, the others are sent {@code active: false} when the extranet holds them. */
    public enum Standing {
        /** A teacher's function this year and the présence administrative ticked. */
        TEACHER(true),
        /** The fonction de promotion and both presences ticked (the acting director of a director on congé mission too). */
        DIRECTOR(true),
        /** Fonction de promotion, présence administrative ticked, présence physique unticked: not the director while away. */
        ON_MISSION(false),
        /** The exit date has passed. */
        LEFT(false),
        /** The présence administrative is unticked. */
        UNTICKED(false),
        /** No teacher's function this year any more (an import or a hand edit removed it). */
        NO_FUNCTION(false);

        private final boolean active;

        Standing(boolean active) {
            this.active = active;
        }

        public boolean active() {
            return active;
        }

        public String translationKey() {
            return "segec.standing." + name();
        }
    }

    public long id() {
        return person.id();
    }

    /** Sent with {@code active: false}: the member no longer qualifies (left, presence unticked, function gone, on mission). */
    public boolean leaving() {
        return !standing.active();
    }

    /** Whether the extranet holds an account of this member for the school this year (from its answers). */
    public boolean held() {
        return account.map(a -> a.state().held()).orElse(false);
    }
}
