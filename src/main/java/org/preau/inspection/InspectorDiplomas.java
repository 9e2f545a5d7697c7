package org.preau.inspection;

import org.preau.base.WaitingItem;
import org.preau.base.WaitingItem.Severity;
import org.preau.base.WaitingWork;
import org.preau.establishment.EtablissementService;
import org.preau.learner.InspectedLearners;
import org.preau.security.CurrentUser;
import org.preau.security.PreauPrincipal;
import org.preau.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inspector's home page: each diploma granted to them, with its establishment and its number
 * of learners, a link to the console where they read them. The grants are read once for all the
 * establishments, the counts in one query ({@link InspectedLearners}).
 */
@Component
class InspectorDiplomas implements WaitingWork {

    private final InspectionStore table;
    private final InspectedLearners learners;
    private final EtablissementService establishments;
    private final CurrentUser currentUser;

    InspectorDiplomas(InspectionStore table, InspectedLearners learners, EtablissementService establishments, CurrentUser currentUser) {
        this.table = table;
        this.learners = learners;
        this.establishments = establishments;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<WaitingItem> waiting() {
        if (!currentUser.hasRole(Role.INSPECTOR)) return List.of();
        PreauPrincipal me = currentUser.require();
        // counts only where the module is on and something is granted: the same check as the learner services'
        Map<String, Long> counts = new HashMap<>();
        learners.perGrantedDiploma().forEach(c -> counts.put(c.establishmentId() + "|" + c.diplomaCode(), c.learners()));
        if (counts.isEmpty()) return List.of(WaitingItem.of(Severity.INFO, "home.inspector.nothingGranted", 0, "inspection"));
        Map<Long, String> names = new HashMap<>();
        establishments.mine().forEach(e -> names.put(e.id(), e.name()));
        List<WaitingItem> items = new ArrayList<>();
        for (InspectionStore.Granted g : table.grantedTo(me.username(), me.establishmentIds())) {
            Long n = counts.get(g.establishmentId() + "|" + g.code());
            if (n == null) continue;
            // a fact, not work waiting: the number is in the sentence, without a badge
            items.add(WaitingItem.of(Severity.INFO, "home.inspector.diploma", 0, "inspection", n, g.label(),
                    names.getOrDefault(g.establishmentId(), "")));
        }
        return items;
    }
}
