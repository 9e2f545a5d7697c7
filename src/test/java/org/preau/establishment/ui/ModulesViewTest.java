package org.preau.establishment.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.inspection.ui.AccesInspecteurView;
import org.preau.base.ui.AccessDeniedView;
import org.preau.support.PreauIntegrationTest;
import org.preau.ui.ModuleOffView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/** Paramètres › Modules, and what a module switched off does to the menu and to navigation. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class ModulesViewTest extends SpringBrowserlessTest {

    @Autowired ModuleSettings modules;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void defaults() {
        jdbc.update("delete from establishment_module where establishment_id = (select id from establishment where uai = ?)", LYCEE_UAI);
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void a_french_establishment_is_offered_its_modules_with_their_defaults() {
        ModulesView view = navigate(ModulesView.class);

        assertThat(view.switches.keySet()).containsExactly(PreauModule.TRANSFERTS, PreauModule.SIECLE, PreauModule.ACCES_INSPECTEUR);
        assertThat(view.switches.get(PreauModule.SIECLE).getValue()).isTrue();
        assertThat(view.switches.get(PreauModule.ACCES_INSPECTEUR).getValue()).isTrue();
        assertThat(view.switches.get(PreauModule.TRANSFERTS).getValue()).isFalse();
        assertThat(view.switches.get(PreauModule.ACCES_INSPECTEUR).getLabel()).isEqualTo("Accès inspecteur");
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void switching_inspector_access_off_stores_it_hides_the_tab_and_refuses_its_page() {
        ModulesView view = navigate(ModulesView.class);
        assertThat(tabLabels()).contains("Accès inspecteur", "Modules");

        test(view.switches.get(PreauModule.ACCES_INSPECTEUR)).click();

        assertThat(modules.isEnabled(PreauModule.ACCES_INSPECTEUR)).isFalse();
        navigate(ModulesView.class);
        assertThat(tabLabels()).doesNotContain("Accès inspecteur").contains("Modules");
        ModuleOffView off = navigate("parametres/acces-inspecteur", ModuleOffView.class);
        assertThat(find(Paragraph.class).withId("module-off-message").single().getText())
                .isEqualTo("Le module « Accès inspecteur » est désactivé pour cet établissement (Paramètres › Modules).");
        assertThat(off).isNotNull();
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void with_the_module_on_the_tab_opens() {
        navigate(AccesInspecteurView.class);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_secretary_cannot_open_the_modules() {
        navigate("parametres/modules", AccessDeniedView.class);
    }

    /** The Paramètres tabs: the module switches show and hide them, as they did the side menu's entries. */
    private List<String> tabLabels() {
        return find(RouterLink.class).withClassName("settings-tab").all().stream().map(RouterLink::getText).toList();
    }
}
