package org.preau.establishment;

import org.preau.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** Which modules are on for an establishment (Paramètres › Modules). */
@Service
public class ModuleSettings {

    private final JdbcTemplate jdbc;
    private final EtablissementRepository etablissements;
    private final CurrentUser currentUser;
    private final Clock clock;

    ModuleSettings(JdbcTemplate jdbc, EtablissementRepository etablissements, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.etablissements = etablissements;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the module is on for an establishment (also for background work and peers). */
    @Transactional(readOnly = true)
    public boolean isEnabled(long establishmentId, PreauModule module) {
        SchoolSystem system = etablissements.findById(establishmentId).map(Etablissement::getSchoolSystem).orElse(null);
        if (system == null || !module.offeredTo(system)) return false;
        return jdbc.query("select enabled from establishment_module where establishment_id = ? and module = ?",
                        (rs, i) -> rs.getBoolean(1), establishmentId, module.name())
                .stream().findFirst().orElse(module.onByDefault());
    }

    /** Whether the module is on for the current establishment. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean isEnabled(PreauModule module) {
        return isEnabled(currentUser.establishmentId(), module);
    }

    /** Whether the module exists for the current establishment's school system, on or off. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean isOffered(PreauModule module) {
        return etablissements.findById(currentUser.establishmentId()).map(e -> module.offeredTo(e.getSchoolSystem())).orElse(false);
    }

    /** Throws a {@link ModuleDisabledException} (French message) unless the module is on for the current establishment. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public void requireEnabled(PreauModule module) {
        if (!isEnabled(currentUser.establishmentId(), module)) throw new ModuleDisabledException(module);
    }

    /** Every module offered to the current establishment, with its state. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<PreauModule, Boolean> current() {
        long establishmentId = currentUser.establishmentId();
        Map<PreauModule, Boolean> states = new EnumMap<>(PreauModule.class);
        SchoolSystem system = etablissements.findById(establishmentId).map(Etablissement::getSchoolSystem).orElseThrow();
        for (PreauModule module : PreauModule.values()) {
            if (module.offeredTo(system)) states.put(module, isEnabled(establishmentId, module));
        }
        return states;
    }

    /** Switches a module on or off for the current establishment. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public void set(PreauModule module, boolean enabled) {
        long establishmentId = currentUser.establishmentId();
        SchoolSystem system = etablissements.findById(establishmentId).map(Etablissement::getSchoolSystem).orElseThrow();
        if (!module.offeredTo(system)) throw new ModuleDisabledException(module);
        jdbc.update("insert into establishment_module (establishment_id, module, enabled, updated_at, updated_by) "
                        + "values (?, ?, ?, ?, ?) on duplicate key update enabled = values(enabled), "
                        + "updated_at = values(updated_at), updated_by = values(updated_by)",
                establishmentId, module.name(), enabled, Timestamp.from(clock.instant()), currentUser.username());
    }
}
