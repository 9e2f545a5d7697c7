package org.preau.establishment;

import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A production instance gets its establishments from its configuration, once, and refuses a malformed code at start. */
@PreauIntegrationTest
class DeclaredEtablissementsTest {

    @Autowired
    EtablissementProvisioning provisioning;

    private DeclaredEtablissements runnerFor(SchoolSystem system, String code, String name) {
        DeclaredEtablissements.Declared d = new DeclaredEtablissements.Declared();
        d.setSystem(system);
        d.setCode(code);
        d.setName(name);
        d.setEmail("secretariat@declared.example");
        d.setOrganisingBody("Réseau déclaré");
        DeclaredEtablissements.Declarations declarations = new DeclaredEtablissements.Declarations();
        declarations.setEstablishments(List.of(d));
        return new DeclaredEtablissements(declarations, provisioning);
    }

    @Test
    void a_declared_establishment_is_created_once_and_then_left_as_it_is() {
        runnerFor(SchoolSystem.FR, "0179986M", "Lycée déclaré").run(null);
        EtablissementSummary created = provisioning.findByCode("0179986M").orElseThrow();
        assertThat(created.name()).isEqualTo("Lycée déclaré");

        runnerFor(SchoolSystem.FR, "0179986M", "Autre nom").run(null);
        assertThat(provisioning.findByCode("0179986M").orElseThrow()).isEqualTo(created);
    }

    @Test
    void a_uai_with_a_wrong_check_letter_stops_the_start_with_a_message_naming_it() {
        assertThatThrownBy(() -> runnerFor(SchoolSystem.FR, "0179986A", "Lycée mal déclaré").run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("preau.establishments[0]").hasMessageContaining("0179986A");
        assertThat(provisioning.findByCode("0179986A")).isEmpty();
    }
}
