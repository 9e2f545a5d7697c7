package org.preau;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(PreauApplication.class);

    /** Fails on a cycle between features or on a feature reaching into another's internals. */
    @Test
    void features_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
