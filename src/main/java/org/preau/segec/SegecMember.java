package org.preau.segec;

import org.preau.staff.StaffRosterEntry;

import java.util.Optional;

/** A staff member as SeGEC sees them this year: teacher or director, consent, account state. */
public record SegecMember(StaffRosterEntry person, Role role, Optional<SegecConsent> consent, Optional<SegecAccount> account) {

    /** The function code of a director ("Fonction de promotion" on a Belgian staff record). */
    public static final String DIRECTOR_FUNCTION = "DIR";
    public static final String TEACHER_FUNCTION = "ENS";

    public enum Role { TEACHER, DIRECTOR }

    public long id() {
        return person.id();
    }

    /** Sent with {@code active: false}: an exit date is set and the administrative presence is not ticked. */
    public boolean leaving() {
        return person.exitDate() != null && person.presence() != org.preau.staff.StaffDetails.Presence.PRESENT;
    }
}
