package org.preau.base.ui;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The components' French defaults: every text found in the bundle, and safe inside a script element. */
class FrenchDefaultsTest {

    @Test
    void every_component_text_comes_from_the_bundle() {
        String json = FrenchDefaults.Json.of(FrenchDefaults.texts());
        assertThat(json).doesNotContain("\"!").contains("Afficher le mot de passe", "Plus d'options",
                "Afficher ou masquer les sous-rubriques", "Connexion au serveur perdue, nouvelle tentative en cours…", "janvier");
    }

    @Test
    void the_script_carries_the_texts_in_place_of_its_placeholder() {
        String script = FrenchDefaults.script();
        assertThat(script).doesNotContain("/*TEXTS*/").contains("customElements.define").contains("\"vaadin-menu-bar\"");
    }

    @Test
    void a_text_cannot_close_the_script_element_nor_break_the_json() {
        assertThat(FrenchDefaults.Json.of(Map.of("k", List.of("</script><b>\"x\\", 1))))
                .isEqualTo("{\"k\":[\"\\u003c/script\\u003e\\u003cb\\u003e\\\"x\\\\\",1]}");
    }
}
