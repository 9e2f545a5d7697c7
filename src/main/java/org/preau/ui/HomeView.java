package org.preau.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.preau.establishment.EstablishmentSummary;
import org.preau.establishment.EtablissementService;
import org.preau.security.CurrentUser;

/** The page after sign-in: who you are, where you work. */
@Route("")
@Menu(order = 0, title = "nav.accueil")
@PermitAll
public class HomeView extends Main implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, EtablissementService establishments) {
        addClassName("home-view");
        add(new H2(getTranslation("home.welcome", currentUser.require().displayName())));
        String where = establishments.currentSummary().map(EstablishmentSummary::name)
                .orElse(getTranslation("layout.noEstablishment"));
        add(new Paragraph(getTranslation("home.establishment", where)));
        add(new Paragraph(getTranslation("home.intro")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accueil");
    }
}
