package org.preau.segec;

import org.preau.base.Texts;
import org.preau.staff.StaffRoster;
import org.preau.staff.StaffRosterEntry;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The members SeGEC knows of an establishment in a year: teachers (ENS) and directors (DIR, "Fonction de promotion"). */
@Component
class SegecRoster {

    private final StaffRoster staff;
    private final SegecStore store;

    SegecRoster(StaffRoster staff, SegecStore store) {
        this.staff = staff;
        this.store = store;
    }

    List<SegecMember> members(long establishmentId, long schoolYearId) {
        return members(staff.ofEstablishment(establishmentId, schoolYearId), establishmentId, schoolYearId);
    }

    List<SegecMember> members(List<StaffRosterEntry> entries, long establishmentId, long schoolYearId) {
        Map<Long, SegecConsent> consents = store.consents(establishmentId, schoolYearId);
        Map<Long, SegecAccount> accounts = store.accounts(establishmentId, schoolYearId);
        return entries.stream()
                .filter(e -> e.hasFunction(SegecMember.TEACHER_FUNCTION) || e.hasFunction(SegecMember.DIRECTOR_FUNCTION))
                .map(e -> new SegecMember(e, e.hasFunction(SegecMember.DIRECTOR_FUNCTION) ? SegecMember.Role.DIRECTOR : SegecMember.Role.TEACHER,
                        Optional.ofNullable(consents.get(e.id())), Optional.ofNullable(accounts.get(e.id()))))
                .toList();
    }

    /** One member of the establishment, or a French refusal (another establishment's id, or no teacher/director function this year). */
    SegecMember member(long establishmentId, long schoolYearId, long staffId) {
        return members(establishmentId, schoolYearId).stream().filter(m -> m.id() == staffId).findFirst()
                .orElseThrow(() -> new SegecException(Texts.get("segec.error.notMember", staffId)));
    }
}
