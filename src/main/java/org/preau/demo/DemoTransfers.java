package org.preau.demo;

import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.EtablissementSummary;
import org.preau.base.SchoolYearLabel;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.Uai;
import org.preau.security.LocalAccounts;
import org.preau.security.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * A second French establishment of the demo, a CFA without SIECLE pupils of its own, so that a
 * learner who left the lycée can be transferred somewhere in this instance; with its director.
 * Idempotent: a second start finds both.
 */
@Component
@ConditionalOnProperty(name = "preau.demo.enabled", havingValue = "true")
class DemoTransfers {

    static final String CFA_UAI = "0179001" + Uai.checkLetter("0179001");
    static final String CFA_DIRECTOR = "directeur.cfa";

    private final EtablissementProvisioning establishments;
    private final LocalAccounts accounts;
    private final Clock clock;

    DemoTransfers(EtablissementProvisioning establishments, LocalAccounts accounts, Clock clock) {
        this.establishments = establishments;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(60)
    void ensureCfa() {
        EtablissementSummary cfa = establishments.ensure("Région Verdier", SchoolSystem.FR, "CFA des métiers Verdier",
                "cfa@example.org", CFA_UAI);
        // its current year, so that its director can import and receive learners at once
        establishments.ensureSchoolYear(cfa.id(), SchoolYearLabel.startYear(LocalDate.now(clock)), SchoolYearState.EN_COURS);
        accounts.createIfAbsent(CFA_DIRECTOR, "Directrice du CFA", "direction.cfa@example.org", DemoData.PASSWORD,
                Set.of(Role.DIRECTOR, Role.SECRETARY), Set.of(cfa.id()));
    }
}
