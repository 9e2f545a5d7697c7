package org.preau.segec;

import org.preau.base.Texts;
import org.preau.staff.StaffRoster;
import org.preau.staff.StaffRosterEntry;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who the Extranet SeGEC holds for a school in a year, by the one rule written in
 * {@code docs/segec-extranet-rule.md}: the pre-flight, the activation and the Extranet transfer
 * all take their members from here.
 */
@Component
class SegecRoster {

    /** Belgian schools: "today" (has the exit date passed?) is Brussels' day. */
    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private final StaffRoster staff;
    private final SegecStore store;
    private final Clock clock;

    SegecRoster(StaffRoster staff, SegecStore store, Clock clock) {
        this.staff = staff;
        this.store = store;
        this.clock = clock;
    }

    /**
     * The active teachers and directors, the director on congé mission, and everyone the extranet
     * holds who no longer qualifies (to be sent {@code active: false}).
     */
    List<SegecMember> members(long establishmentId, long schoolYearId) {
        return all(establishmentId, schoolYearId).stream()
                .filter(m -> m.standing().active() || m.standing() == SegecMember.Standing.ON_MISSION || m.held())
                .toList();
    }

    /** Every staff member of the year with where they stand (including people SeGEC never heard of). */
    List<SegecMember> all(long establishmentId, long schoolYearId) {
        List<StaffRosterEntry> entries = staff.ofEstablishment(establishmentId, schoolYearId);
        Map<Long, SegecConsent> consents = store.consents(establishmentId, schoolYearId);
        Map<Long, SegecAccount> accounts = store.accounts(establishmentId, schoolYearId);
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        return entries.stream()
                .map(e -> new SegecMember(e, e.fonctionPromotion() ? SegecMember.Role.DIRECTOR : SegecMember.Role.TEACHER, standing(e, today),
                        Optional.ofNullable(consents.get(e.id())), Optional.ofNullable(accounts.get(e.id()))))
                .toList();
    }

    /** The rule, in order: gone, unticked, director (or away on mission), teacher, or no function any more. */
    static SegecMember.Standing standing(StaffRosterEntry e, LocalDate today) {
        if (e.exitDate() != null && !e.exitDate().isAfter(today)) return SegecMember.Standing.LEFT;
        if (!e.presenceAdministrative()) return SegecMember.Standing.UNTICKED;
        if (e.fonctionPromotion()) return e.presencePhysique() ? SegecMember.Standing.DIRECTOR : SegecMember.Standing.ON_MISSION;
        if (e.hasFunction(SegecMember.TEACHER_FUNCTION)) return SegecMember.Standing.TEACHER;
        return SegecMember.Standing.NO_FUNCTION;
    }

    /** One member of the establishment, or a French refusal (another establishment's id, or someone SeGEC has no business with). */
    SegecMember member(long establishmentId, long schoolYearId, long staffId) {
        return members(establishmentId, schoolYearId).stream().filter(m -> m.id() == staffId).findFirst()
                .orElseThrow(() -> new SegecException(Texts.get("segec.error.notMember", staffId)));
    }

    /** Any staff member of the establishment (an individual deactivation may concern someone no longer listed). */
    SegecMember anyone(long establishmentId, long schoolYearId, long staffId) {
        return all(establishmentId, schoolYearId).stream().filter(m -> m.id() == staffId).findFirst()
                .orElseThrow(() -> new SegecException(Texts.get("segec.error.notMember", staffId)));
    }
}
