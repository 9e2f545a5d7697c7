package org.preau.pupil;

import org.preau.base.Texts;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.SchoolSystem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.time.ZoneId;

/** Refuses the pupil services to a French establishment (its learners come from SIECLE) and when the module is off. */
@Component
class SchoolSystemGate {

    private final EtablissementService establishments;
    private final ModuleSettings modules;

    SchoolSystemGate(EtablissementService establishments, ModuleSettings modules) {
        this.establishments = establishments;
        this.modules = modules;
    }

    void requireBelgian() {
        SchoolSystem system = establishments.currentSummary().map(s -> s.schoolSystem()).orElse(null);
        if (system != SchoolSystem.BE) throw new AccessDeniedException(Texts.get("pupil.error.notBelgian"));
        modules.requireEnabled(PreauModule.ELEVES_FWB);
    }

    /** A Belgian establishment with the pupil module on. */
    boolean belgian() {
        return establishments.currentSummary().map(s -> s.schoolSystem() == SchoolSystem.BE).orElse(false)
                && modules.isEnabled(PreauModule.ELEVES_FWB);
    }

    ZoneId zone() {
        return SchoolSystem.BE.zone();
    }
}
