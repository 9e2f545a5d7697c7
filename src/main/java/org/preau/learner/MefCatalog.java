package org.preau.learner;

import org.preau.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The establishment's MEF table, from the SIECLE nomenclatures: MEF → formation (level) and
 * diploma. The nomenclature import reads it for its preview and writes it on confirmation.
 */
@Service
public class MefCatalog {

    private final MefStore table;
    private final CurrentUser currentUser;
    private final Clock clock;

    MefCatalog(MefStore table, CurrentUser currentUser, Clock clock) {
        this.table = table;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every MEF of the current establishment, by code. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<String, MefView> all() {
        return table.all(currentUser.establishmentId());
    }

    /** Inserts new MEFs and updates known ones; MEFs absent from the list are kept (older enrolments name them). */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'IMPORT_API')")
    public void save(List<MefView> mefs) {
        table.upsert(currentUser.establishmentId(), mefs, clock.instant());
    }
}
