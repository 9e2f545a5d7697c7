package org.preau.sandbox.miroir;

import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * The sandbox collection point's page: what it received for the current school, and a hand
 * decision (accept or reject) as the real collection point's staff would take it.
 */
@Service
@ConditionalOnProperty(name = "preau.sandbox.enabled", havingValue = "true")
class MiroirSandboxInbox {

    private final MiroirSandboxStore store;
    private final EtablissementService establishments;
    private final Clock clock;

    MiroirSandboxInbox(MiroirSandboxStore store, EtablissementService establishments, Clock clock) {
        this.store = store;
        this.establishments = establishments;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('DIRECTOR')")
    public List<SandboxSubmission> received() {
        return establishments.currentSummary().map(EtablissementSummary::code).map(fase -> store.ofFase(fase, 100)).orElse(List.of());
    }

    @PreAuthorize("hasRole('DIRECTOR')")
    public void decide(String id, boolean accept) {
        String fase = establishments.currentSummary().map(EtablissementSummary::code).orElse("");
        store.find(id).filter(s -> s.fase().equals(fase)).ifPresent(s -> store.decide(id, accept ? "ACCEPTED" : "REJECTED",
                accept ? "Soumission acceptée à la main dans le bac à sable." : "Soumission refusée à la main dans le bac à sable.",
                clock.instant()));
    }
}
