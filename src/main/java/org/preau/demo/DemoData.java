package org.preau.demo;

import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.SchoolYearState;
import org.preau.security.LocalAccounts;
import org.preau.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Loads the demo establishments and accounts on the embedded default, once: every step finds
 * what a previous start created instead of adding it again. Prints the accounts at each start.
 */
@Component
@ConditionalOnProperty(name = "preau.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "preau-demo";
    static final String LYCEE_UAI = "0179912G";
    static final String ECOLE_FASE = "5432";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoAccount(String username, String displayName, String email, Role role, boolean lycee, boolean ecole) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("secretaire", "Claire Martin", "claire.martin@lycee-verdier.example", Role.SECRETARY, true, false),
            new DemoAccount("directeur", "Paul Durand", "paul.durand@lycee-verdier.example", Role.DIRECTOR, true, true),
            new DemoAccount("inspecteur", "Inès Robert", "ines.robert@inspection.example", Role.INSPECTOR, true, true),
            new DemoAccount("enseignant", "Théo Petit", "theo.petit@lycee-verdier.example", Role.TEACHER, true, false),
            new DemoAccount("secretaire.be", "Anne Leroy", "anne.leroy@ecole-saint-joseph.example", Role.SECRETARY, false, true));

    private final EtablissementProvisioning establishments;
    private final LocalAccounts accounts;

    private final java.time.Clock clock;

    DemoData(EtablissementProvisioning establishments, LocalAccounts accounts, java.time.Clock clock) {
        this.establishments = establishments;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String body = "Association scolaire Saint-Exupéry";
        EtablissementSummary lycee = establishments.ensure(body, SchoolSystem.FR,
                "Lycée professionnel Alphonse-Verdier", "secretariat@lycee-verdier.example", LYCEE_UAI);
        EtablissementSummary ecole = establishments.ensure(body, SchoolSystem.BE,
                "École fondamentale Saint-Joseph", "direction@ecole-saint-joseph.example", ECOLE_FASE);
        int year = org.preau.base.SchoolYearLabel.startYear(java.time.LocalDate.now(clock));
        establishments.ensureSchoolYear(lycee.id(), year, SchoolYearState.EN_COURS);
        establishments.ensureSchoolYear(ecole.id(), year, SchoolYearState.EN_COURS);
        int created = 0;
        for (DemoAccount a : ACCOUNTS) {
            Set<Long> where = new java.util.TreeSet<>();
            if (a.lycee()) where.add(lycee.id());
            if (a.ecole()) where.add(ecole.id());
            if (accounts.createIfAbsent(a.username(), a.displayName(), a.email(), PASSWORD, Set.of(a.role()), where)) created++;
        }
        log.info("Demo data ready ({} accounts created now)", created);
    }
}
