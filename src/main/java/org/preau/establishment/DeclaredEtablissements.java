package org.preau.establishment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The establishments a deployment serves, declared in its configuration and created at start
 * when absent (never changed afterwards: the Établissement tab is where their details live).
 * This is how a production instance gets its establishments: the codes in the users' accounts
 * (Keycloak's {@code etablissements}) only point at establishments that exist.
 * <pre>
 * PREAU_ESTABLISHMENTS_0_SYSTEM=FR
 * PREAU_ESTABLISHMENTS_0_CODE=0179912G
 * PREAU_ESTABLISHMENTS_0_NAME=Lycée professionnel Alphonse-Verdier
 * PREAU_ESTABLISHMENTS_0_EMAIL=secretariat@lycee.example
 * PREAU_ESTABLISHMENTS_0_ORGANISING_BODY=Association scolaire Saint-Exupéry
 * </pre>
 * A malformed code (UAI check letter, FASE number) stops the start with a message naming it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(DeclaredEtablissements.Declarations.class)
class DeclaredEtablissements implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DeclaredEtablissements.class);

    private final Declarations declarations;
    private final EtablissementProvisioning provisioning;

    DeclaredEtablissements(Declarations declarations, EtablissementProvisioning provisioning) {
        this.declarations = declarations;
        this.provisioning = provisioning;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (int i = 0; i < declarations.getEstablishments().size(); i++) {
            Declared d = declarations.getEstablishments().get(i);
            String where = "preau.establishments[" + i + "]";
            if (d.getSystem() == null || blank(d.getCode()) || blank(d.getName()) || blank(d.getEmail())) {
                throw new IllegalStateException(where + ": system (FR or BE), code, name and email are required");
            }
            boolean known = provisioning.findByCode(d.getCode().strip()).isPresent();
            try {
                EtablissementSummary e = provisioning.ensure(blank(d.getOrganisingBody()) ? d.getName().strip() : d.getOrganisingBody().strip(),
                        d.getSystem(), d.getName().strip(), d.getEmail().strip(), d.getCode().strip());
                if (!known) log.info("Establishment {} ({}) created from the configuration", e.name(), e.code());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": " + e.getMessage() + " (a UAI is 7 digits and its check letter, a FASE number 1 to 5 digits)", e);
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @ConfigurationProperties("preau")
    static class Declarations {
        private List<Declared> establishments = new ArrayList<>();

        public List<Declared> getEstablishments() { return establishments; }
        public void setEstablishments(List<Declared> establishments) { this.establishments = establishments; }
    }

    static class Declared {
        private SchoolSystem system;
        private String code;
        private String name;
        private String email;
        private String organisingBody;

        public SchoolSystem getSystem() { return system; }
        public void setSystem(SchoolSystem system) { this.system = system; }
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getOrganisingBody() { return organisingBody; }
        public void setOrganisingBody(String organisingBody) { this.organisingBody = organisingBody; }
    }
}
