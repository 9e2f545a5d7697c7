package org.preau.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.preau.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.preau.support.PreauIntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class MainLayoutTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_secretary_sees_the_settings_and_her_establishment() {
        navigate(HomeView.class);
        assertThat(menuLabels()).contains("Accueil", "Paramètres", "Établissement");
        assertThat(find(Span.class).withId("current-establishment").single().getText())
                .startsWith("Lycée professionnel Alphonse-Verdier");
        @SuppressWarnings("unchecked")
        Select<SchoolYearView> year = find(Select.class).withId("school-year").single();
        assertThat(year.getValue().state()).isEqualTo(SchoolYearState.EN_COURS);
    }

    @Test
    @WithUserDetails(ENSEIGNANT)
    void a_teacher_is_not_offered_the_settings() {
        navigate(HomeView.class);
        assertThat(menuLabels()).contains("Accueil").doesNotContain("Paramètres", "Établissement");
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void a_director_of_two_establishments_gets_a_switcher_listing_both() {
        navigate(HomeView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Object> switcher = find(ComboBox.class).withId("establishment-switcher").single();
        assertThat(switcher.getListDataView().getItems().count()).isEqualTo(2);
    }

    @Test
    @WithUserDetails(SECRETAIRE_BE)
    void a_belgian_secretary_has_the_pupil_import_and_no_entry_of_the_french_system() {
        navigate(HomeView.class);
        assertThat(menuLabels()).contains("Import des élèves (CSV)", "Montée d'année", "Capital-périodes et données Miroir")
                .doesNotContain("Import SIECLE", "Transferts manuels", "Transferts");
    }

    @Autowired CurrentUser currentUser;
    @Autowired org.preau.establishment.EtablissementService establishments;
    @Autowired org.preau.establishment.SchoolYearService schoolYears;
    @Autowired com.vaadin.flow.spring.security.AuthenticationContext authentication;
    @Autowired java.time.Clock clock;
    @Autowired ModuleGuard moduleGuard;

    @Test
    @WithUserDetails(DIRECTEUR)
    void the_director_of_both_establishments_sees_the_menu_change_with_the_establishment() {
        long lycee = establishments.mine().stream().filter(e -> e.code().equals(LYCEE_UAI)).findFirst().orElseThrow().id();
        long ecole = establishments.mine().stream().filter(e -> e.code().equals(ECOLE_FASE)).findFirst().orElseThrow().id();
        currentUser.switchEstablishment(lycee);
        navigate(HomeView.class);
        assertThat(menuLabels()).contains("Import SIECLE", "Transferts")
                .doesNotContain("Import des élèves (CSV)", "Montée d'année", "Transfert Miroir de l'école");
        try {
            currentUser.switchEstablishment(ecole);
            // the switcher reloads the page: a new layout is built for the école
            MainLayout reloaded = new MainLayout(currentUser, establishments, schoolYears, authentication, clock, moduleGuard);
            SideNav nav = descendants(reloaded).filter(SideNav.class::isInstance).map(SideNav.class::cast).findFirst().orElseThrow();
            assertThat(labels(nav)).contains("Import des élèves (CSV)", "Montée d'année", "Transfert Miroir de l'école")
                    .doesNotContain("Import SIECLE", "Transferts manuels", "Transferts");
        } finally {
            currentUser.switchEstablishment(lycee);
        }
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root), root.getChildren().flatMap(MainLayoutTest::descendants));
    }

    private static List<String> labels(SideNav nav) {
        List<String> labels = new ArrayList<>();
        for (SideNavItem item : nav.getItems()) {
            labels.add(item.getLabel());
            item.getItems().forEach(child -> labels.add(child.getLabel()));
        }
        return labels;
    }

    private List<String> menuLabels() {
        List<String> labels = new ArrayList<>();
        for (SideNavItem item : find(SideNav.class).single().getItems()) {
            labels.add(item.getLabel());
            item.getItems().forEach(child -> labels.add(child.getLabel()));
        }
        return labels;
    }
}
