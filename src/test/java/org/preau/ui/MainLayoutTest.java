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

    private List<String> menuLabels() {
        List<String> labels = new ArrayList<>();
        for (SideNavItem item : find(SideNav.class).single().getItems()) {
            labels.add(item.getLabel());
            item.getItems().forEach(child -> labels.add(child.getLabel()));
        }
        return labels;
    }
}
