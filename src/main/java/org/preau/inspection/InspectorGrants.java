package org.preau.inspection;

import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.learner.LearnerReadGrants;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/** What the learner services ask on every inspector's call: nothing while the module is off, else the granted diplomas. */
@Component
class InspectorGrants implements LearnerReadGrants {

    private final InspectionStore table;
    private final ModuleSettings modules;

    InspectorGrants(InspectionStore table, ModuleSettings modules) {
        this.table = table;
        this.modules = modules;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> grantedDiplomas(long establishmentId, String username) {
        if (!modules.isEnabled(establishmentId, PreauModule.ACCES_INSPECTEUR)) return Set.of();
        return table.grantedTo(establishmentId, username);
    }
}
