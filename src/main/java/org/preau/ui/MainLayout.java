package org.preau.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.preau.base.SchoolYearLabel;
import org.preau.establishment.EtablissementClock;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.preau.security.PreauPrincipal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The frame around every page: side navigation (only what the user may open), the current
 * establishment (with a switcher for people who serve several), the school year and the user menu.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** Menu entries whose path starts with a group's prefix are shown under that group. */
    private static final Map<String, String> GROUPS = new LinkedHashMap<>(Map.of(
            "eleves/", "nav.eleves",
            "personnels/", "nav.personnels",
            "echanges/", "nav.echanges"));

    private final CurrentUser currentUser;
    private final EtablissementService establishments;
    private final AuthenticationContext authentication;
    private final H1 viewTitle = new H1();
    private final Div drawerContext = new Div();

    private final SchoolYearService schoolYears;
    private final ModuleGuard moduleGuard;

    public MainLayout(CurrentUser currentUser, EtablissementService establishments, SchoolYearService schoolYears,
                      AuthenticationContext authentication, EtablissementClock clock, ModuleGuard moduleGuard) {
        this.currentUser = currentUser;
        this.moduleGuard = moduleGuard;
        this.establishments = establishments;
        this.schoolYears = schoolYears;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);

        viewTitle.addClassName("view-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.toggleMenu"));
        HorizontalLayout navbar = new HorizontalLayout(toggle, viewTitle, wide(establishmentBox("")),
                wide(schoolYear(clock.today(), "")), userMenu());
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(viewTitle);
        navbar.addClassName("navbar");
        addToNavbar(navbar);

        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        // On a phone the top bar keeps the menu button, the title and the user's avatar; the
        // establishment and the year picker move into the drawer, where they are within reach.
        // That copy is built the first time a phone opens the drawer: a wide screen never shows it,
        // and every session would keep it in the server's memory (docs/benchmarks.md, heap per session).
        drawerContext.addClassName("drawer-context");
        addToDrawer(appName, drawerContext, navigation(), footer());
        getElement().addPropertyChangeListener("drawerOpened", e -> fillDrawerContext(clock));
        getElement().addPropertyChangeListener("overlay", e -> fillDrawerContext(clock));
    }

    private void fillDrawerContext(EtablissementClock clock) {
        if (!isOverlay() || !isDrawerOpened() || drawerContext.getComponentCount() > 0) return;
        drawerContext.add(establishmentBox("drawer-"), schoolYear(clock.today(), "drawer-"));
    }

    /** The bottom of the drawer: the accessibility statement, reachable from every page. */
    private Component footer() {
        Anchor statement = new Anchor(AccessibilityStatementView.PATH, getTranslation("accessibility.link"));
        statement.setId("accessibility-link");
        Footer footer = new Footer(statement);
        footer.addClassName("drawer-footer");
        return footer;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        Map<String, SideNavItem> groups = new LinkedHashMap<>();
        List<MenuEntry> settings = SettingsTabs.offered(moduleGuard);
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!moduleGuard.offers(entry)) continue;
            if (SettingsTabs.isSettings(entry)) {
                // One entry for all of Paramètres, where its first tab is, opening that tab.
                if (entry.equals(settings.getFirst())) nav.addItem(settingsItem(settings));
                continue;
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            Optional<Map.Entry<String, String>> group = GROUPS.entrySet().stream()
                    .filter(g -> entry.path().startsWith(g.getKey()) || entry.path().startsWith("/" + g.getKey()))
                    .findFirst();
            if (group.isPresent()) {
                SideNavItem parent = groups.computeIfAbsent(group.get().getValue(), key -> {
                    SideNavItem p = new SideNavItem(getTranslation(key));
                    p.setExpanded(true);
                    nav.addItem(p);
                    return p;
                });
                parent.addItem(item);
            } else {
                nav.addItem(item);
            }
        }
        return nav;
    }

    /** Paramètres opens its first tab and stays highlighted on every other tab. */
    private SideNavItem settingsItem(List<MenuEntry> settings) {
        SideNavItem item = new SideNavItem(getTranslation("nav.parametres"), SettingsTabs.path(settings.getFirst()));
        item.setId("nav-parametres");
        item.setPathAliases(settings.stream().skip(1).map(SettingsTabs::path).collect(Collectors.toSet()));
        return item;
    }

    /** A part of the top bar that a phone shows in the drawer instead (see the stylesheet). */
    private static Component wide(Component component) {
        component.addClassName("navbar-wide");
        return component;
    }

    private Component establishmentBox(String idPrefix) {
        List<EtablissementSummary> mine = establishments.mine();
        Optional<EtablissementSummary> current = establishments.currentSummary();
        if (mine.size() <= 1) {
            Span name = new Span(current.map(EtablissementSummary::name).orElse(getTranslation("layout.noEstablishment")));
            name.setId(idPrefix + "current-establishment");
            name.addClassName("current-establishment");
            return name;
        }
        ComboBox<EtablissementSummary> switcher = new ComboBox<>();
        switcher.setId(idPrefix + "establishment-switcher");
        switcher.setAriaLabel(getTranslation("layout.switchEstablishment"));
        switcher.setItems(mine);
        switcher.setItemLabelGenerator(e -> e.name() + " (" + e.code() + ")");
        switcher.setWidth("20em");
        current.ifPresent(switcher::setValue);
        switcher.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                currentUser.switchEstablishment(event.getValue().id());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        return switcher;
    }

    /**
     * The school year the user works in. A user with an establishment picks among its years (two
     * are open around the switchover); without any stored year the calendar year is shown.
     */
    private Component schoolYear(LocalDate today, String idPrefix) {
        List<SchoolYearView> years = currentUser.require().currentEstablishmentId().isPresent() ? schoolYears.list() : List.of();
        if (years.isEmpty()) {
            Span year = new Span(getTranslation("layout.schoolYear", SchoolYearLabel.of(today)));
            year.setId(idPrefix + "school-year");
            year.addClassName("school-year");
            return year;
        }
        Select<SchoolYearView> select = new Select<>();
        select.setId(idPrefix + "school-year");
        select.addClassName("school-year");
        select.setAriaLabel(getTranslation("layout.switchSchoolYear"));
        select.setItems(years);
        select.setWidth("21em");
        select.setItemLabelGenerator(y -> getTranslation("layout.schoolYearChoice", y.label(), getTranslation(y.state().translationKey())));
        schoolYears.current().ifPresent(select::setValue);
        select.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                schoolYears.select(event.getValue().id());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        return select;
    }

    private Component userMenu() {
        PreauPrincipal principal = currentUser.require();
        Avatar avatar = new Avatar(principal.displayName());
        avatar.addClassName("user-avatar");
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Div who = new Div(avatar, new Span(principal.displayName()));
        who.addClassName("user-menu-label");
        MenuItem item = menu.addItem(who);
        Div roles = new Div(currentUser.roles().stream().map(r -> getTranslation(r.translationKey()))
                .reduce((a, b) -> a + ", " + b).orElse(""));
        roles.addClassName("user-roles");
        item.getSubMenu().addItem(roles).setEnabled(false);
        item.getSubMenu().addItem(new Span(VaadinIcon.SIGN_OUT.create(), new Span(getTranslation("layout.logout"))),
                e -> authentication.logout()).setId("logout");
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // The route target itself, not the content: under Paramètres the content is the tab layout.
        viewTitle.setText(event.getActiveChain().getFirst() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
