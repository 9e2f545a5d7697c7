package org.preau.demo;

import org.preau.inspection.InspectionProvisioning;
import org.preau.inspection.Referent;
import org.preau.establishment.EtablissementProvisioning;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo inspector is referent of two diplomas of the lycée (those of the sample nomenclature),
 * so that a director's grant shows learners in the inspector console once the samples are imported.
 * Access itself stays off: the director grants it on Paramètres › Accès inspecteur.
 */
@Component
@ConditionalOnProperty(name = "preau.demo.enabled", havingValue = "true")
class DemoInspection {

    static final Referent INSPECTOR = new Referent("inspecteur", "Inès Robert", "ines.robert@inspection.example");

    private final EtablissementProvisioning establishments;
    private final InspectionProvisioning inspection;

    DemoInspection(EtablissementProvisioning establishments, InspectionProvisioning inspection) {
        this.establishments = establishments;
        this.inspection = inspection;
    }

    @EventListener(ApplicationReadyEvent.class)
    void referents() {
        establishments.findByCode(DemoData.LYCEE_UAI).ifPresent(lycee -> {
            inspection.ensureDiploma(lycee.id(), "20010018110", "2nde générale et technologique", INSPECTOR);
            inspection.ensureDiploma(lycee.id(), "20110019110", "Première générale", INSPECTOR);
        });
    }
}
