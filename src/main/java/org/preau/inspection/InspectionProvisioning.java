package org.preau.inspection;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Subscribes diplomas and names referents outside any user session: demo data and tests. It never
 * grants access (only the director does, with the mail that goes with it). No screen reaches it.
 */
@Service
public class InspectionProvisioning {

    static final String BY = "provisioning";

    private final InspectionStore table;
    private final Clock clock;

    InspectionProvisioning(InspectionStore table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    /** Subscribes the diploma unless the establishment has it, and adds the referents it lacks; returns the diploma's id. */
    @Transactional
    public long ensureDiploma(long establishmentId, String code, String label, Referent... referents) {
        table.insert(establishmentId, code, label, clock.instant(), BY);
        DiplomaGrant diploma = table.findByCode(establishmentId, code).orElseThrow();
        for (Referent referent : referents) {
            if (diploma.referents().stream().noneMatch(r -> r.username().equals(referent.username()))) {
                table.addReferent(establishmentId, diploma.id(), referent);
            }
        }
        return diploma.id();
    }
}
