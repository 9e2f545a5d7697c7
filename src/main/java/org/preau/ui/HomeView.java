package org.preau.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.preau.base.KeyCount;
import org.preau.base.RecentExchange;
import org.preau.base.WaitingItem;
import org.preau.establishment.EtablissementClock;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.preau.security.Role;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The page after sign-in: what waits for the user in their establishment (<i>À faire</i>), each
 * line a link to where it is done; then, for the secretary and the director, the last exchanges
 * and the year's key counts.
 */
@Route("")
@Menu(order = 0, title = "nav.accueil")
@PermitAll
public class HomeView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE);

    private final CurrentUser currentUser;
    private final EtablissementService establishments;
    private final SchoolYearService years;
    private final EtablissementClock clock;
    private final HomeContent content;
    private ZoneId zone = ZoneId.of("Europe/Paris");

    public HomeView(CurrentUser currentUser, EtablissementService establishments, SchoolYearService years, EtablissementClock clock,
                    HomeContent content) {
        this.currentUser = currentUser;
        this.establishments = establishments;
        this.years = years;
        this.clock = clock;
        this.content = content;
        addClassName("home-view");
    }

    /** Computed on every entry, not once per view: coming back to Accueil (or to the same one) shows what waits now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        boolean placed = currentUser.require().currentEstablishmentId().isPresent();
        if (placed) zone = clock.zone();
        add(new H2(getTranslation("home.welcome", currentUser.require().displayName())));
        String where = establishments.currentSummary().map(EtablissementSummary::name).orElse(getTranslation("layout.noEstablishment"));
        String year = placed ? years.current().map(SchoolYearView::label).orElse("") : "";
        Paragraph context = new Paragraph(year.isEmpty() ? getTranslation("home.establishment", where) : getTranslation("home.establishmentAndYear", where, year));
        context.addClassName("home-context");
        add(context);

        HomeContent.Page page = content.compute();
        add(waiting(page));
        boolean readsHistory = currentUser.hasRole(Role.SECRETARY) || currentUser.hasRole(Role.DIRECTOR);
        if (readsHistory && placed) {
            add(recent(page));
            if (!page.counts().isEmpty()) add(counts(page, year));
        }
    }

    private Section waiting(HomeContent.Page page) {
        Section section = section("home-waiting", "home.waiting.title");
        if (page.waiting().isEmpty()) {
            Paragraph nothing = new Paragraph(getTranslation("home.waiting.nothing"));
            nothing.setId("home-nothing-waiting");
            nothing.addClassName("home-empty");
            section.add(nothing);
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("home-list");
        for (WaitingItem item : page.waiting()) {
            Anchor link = new Anchor(item.route(), "");
            link.addClassName("home-link");
            if (item.count() > 0) link.add(badge(item.count()));
            link.add(new Span(getTranslation(item.textKey(), item.arguments().toArray())));
            ListItem line = new ListItem(link);
            line.addClassNames("home-item", "home-item-" + item.severity().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            list.add(line);
        }
        section.add(list);
        return section;
    }

    private Section recent(HomeContent.Page page) {
        Section section = section("home-recent", "home.recent.title");
        if (page.recent().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("home.recent.none"));
            none.addClassName("home-empty");
            section.add(none);
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("home-list");
        for (RecentExchange e : page.recent()) {
            Anchor link = new Anchor(e.route(), "");
            link.addClassName("home-link");
            Span status = new Span(getTranslation(e.statusKey()));
            status.addClassNames("status-badge", "status-" + e.statusName());
            link.add(status, new Span(getTranslation("home.recent.line", getTranslation(e.kindKey()), WHEN.format(e.startedAt().atZone(zone)), e.who())));
            ListItem line = new ListItem(link);
            line.addClassName("home-item");
            list.add(line);
        }
        section.add(list);
        return section;
    }

    private Section counts(HomeContent.Page page, String year) {
        Section section = new Section();
        section.setId("home-counts");
        section.addClassName("home-section");
        section.add(new H3(year.isEmpty() ? getTranslation("home.counts.title") : getTranslation("home.counts.titleOfYear", year)));
        UnorderedList list = new UnorderedList();
        list.addClassName("home-counts");
        for (KeyCount count : page.counts()) {
            Anchor link = new Anchor(count.route(), "");
            link.addClassName("home-count");
            Span figure = new Span(String.valueOf(count.count()));
            figure.addClassName("home-count-figure");
            link.add(figure, new Span(getTranslation(count.textKey(), count.count())));
            list.add(new ListItem(link));
        }
        section.add(list);
        return section;
    }

    private Section section(String id, String titleKey) {
        Section section = new Section();
        section.setId(id);
        section.addClassName("home-section");
        section.add(new H3(getTranslation(titleKey)));
        return section;
    }

    private static Component badge(long count) {
        Span badge = new Span(String.valueOf(count));
        badge.addClassName("count-badge");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accueil");
    }
}
