package org.preau.segec;

import org.preau.base.WaitingItem;
import org.preau.base.WaitingItem.Severity;
import org.preau.base.WaitingWork;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.preau.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SeGEC on the home page of a Belgian school with the module on. The director: the Extranet
 * agreement never answered, the members of the year whose signed consent is not recorded, and
 * those with a consent whose account is still to activate. The secretary: the forms printed and
 * not scanned back (no consent recorded since). The year's roster is read in bulk (staff,
 * consents, accounts), never per member.
 */
@Component
class SegecWaiting implements WaitingWork {

    static final String FORMS = "personnels/transferts/autorisations-segec";
    static final String ACTIVATION = "personnels/transferts/activation-segec";
    static final String EXTRANET = "personnels/transferts/extranet-segec";

    private final SegecRoster roster;
    private final SegecStore store;
    private final SchoolYearService years;
    private final ModuleSettings modules;
    private final CurrentUser currentUser;

    SegecWaiting(SegecRoster roster, SegecStore store, SchoolYearService years, ModuleSettings modules, CurrentUser currentUser) {
        this.roster = roster;
        this.store = store;
        this.years = years;
        this.modules = modules;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<WaitingItem> waiting() {
        boolean director = currentUser.hasRole(Role.DIRECTOR);
        boolean secretary = currentUser.hasRole(Role.SECRETARY);
        if (!currentUser.worksAs(Role.DIRECTOR, Role.SECRETARY)) return List.of();
        if (!modules.isEnabled(PreauModule.SEGEC)) return List.of();
        Optional<SchoolYearView> year = years.current();
        if (year.isEmpty()) return List.of();
        long establishmentId = currentUser.establishmentId();
        List<SegecMember> active = roster.members(establishmentId, year.get().id()).stream().filter(m -> m.standing().active()).toList();
        List<WaitingItem> items = new ArrayList<>();
        if (director) {
            if (store.transferConsent(establishmentId).isEmpty()) items.add(WaitingItem.of(Severity.TO_DO, "home.segec.agreement", 0, EXTRANET));
            long withoutConsent = active.stream().filter(m -> m.consent().isEmpty()).count();
            if (withoutConsent > 0) items.add(WaitingItem.of(Severity.TO_DO, "home.segec.consents", withoutConsent, FORMS, withoutConsent));
            long toActivate = active.stream().filter(m -> m.consent().isPresent() && !m.held()).count();
            if (toActivate > 0) items.add(WaitingItem.of(Severity.TO_DO, "home.segec.activations", toActivate, ACTIVATION, toActivate));
        }
        if (secretary) {
            Set<Long> printed = store.printed(establishmentId, year.get().id());
            long notBack = active.stream().filter(m -> m.consent().isEmpty() && printed.contains(m.id())).count();
            if (notBack > 0) items.add(WaitingItem.of(Severity.TO_DO, "home.segec.printedNotBack", notBack, FORMS, notBack));
        }
        return items;
    }
}
