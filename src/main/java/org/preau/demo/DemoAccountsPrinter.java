package org.preau.demo;

import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.preau.security.AccountOverview;
import org.preau.security.LocalAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.stream.Collectors;

/** Prints every local account at the end of each start, once all demo parts created theirs. */
@Component
@ConditionalOnProperty(name = "preau.demo.enabled", havingValue = "true")
class DemoAccountsPrinter {

    private static final Logger log = LoggerFactory.getLogger(DemoAccountsPrinter.class);

    private final LocalAccounts accounts;
    private final EtablissementService etablissements;

    DemoAccountsPrinter(LocalAccounts accounts, EtablissementService etablissements) {
        this.accounts = accounts;
        this.etablissements = etablissements;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void print() {
        StringBuilder table = new StringBuilder("\n\n  Préau — comptes de démonstration (mot de passe : ").append(DemoData.PASSWORD).append(")\n");
        int load = 0;
        for (AccountOverview a : accounts.overview()) {
            // the load test's hundreds of numbered accounts (preau.demo.load) are counted, not listed
            if (a.username().matches(".*\\.\\d+")) {
                load++;
                continue;
            }
            String roles = a.roles().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(", "));
            String where = a.establishmentIds().stream().sorted()
                    .map(id -> etablissements.summary(id).map(EtablissementSummary::name).orElse("?"))
                    .collect(Collectors.joining(" + "));
            table.append(String.format("    %-16s %-12s %s%n", a.username(), roles, where));
        }
        if (load > 0) table.append(String.format("    + %d comptes numérotés de la charge (enseignant.001…, secretaire.01…, directeur.01…, inspecteur.01…)%n", load));
        log.info("{}", table);
    }
}
