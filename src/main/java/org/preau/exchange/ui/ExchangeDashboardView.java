package org.preau.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.SchoolSystem;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeLog.DashboardRow;
import org.preau.exchange.ExchangeSummary;
import org.preau.security.Roles;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Échanges › Tableau de bord: per kind of exchange of this school system, the last success, the
 * last failure and what is pending, each a link to its detail in the history, and a link to
 * the screen where the exchange is made.
 */
@Route("echanges/tableau-de-bord")
@Menu(order = 410, title = "nav.echanges.tableauDeBord")
@RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR})
public class ExchangeDashboardView extends Main implements HasDynamicTitle {

    static final Map<SchoolSystem, Set<ExchangeKind>> KINDS = Map.of(
            SchoolSystem.FR, EnumSet.of(ExchangeKind.SIECLE_BEE, ExchangeKind.STS_WEB, ExchangeKind.NOMENCLATURE, ExchangeKind.LEARNER_TRANSFER),
            SchoolSystem.BE, EnumSet.of(ExchangeKind.STAFF_CSV, ExchangeKind.PUPIL_CSV, ExchangeKind.SEGEC_ACTIVATION,
                    ExchangeKind.SEGEC_EXTRANET, ExchangeKind.MIROIR, ExchangeKind.CAPITAL_PERIODES));
    /** Where each exchange is made, for the kinds that have a screen. */
    static final Map<ExchangeKind, String> SCREENS = Map.of(ExchangeKind.STS_WEB, "personnels/import", ExchangeKind.STAFF_CSV, "personnels/import");

    private final ZoneId zone;
    final Grid<DashboardRow> grid = new Grid<>();

    public ExchangeDashboardView(ExchangeLog log, EtablissementService establishments) {
        SchoolSystem system = establishments.currentSummary().map(e -> e.schoolSystem()).orElse(SchoolSystem.FR);
        this.zone = system.zone();
        addClassName("exchange-dashboard-view");

        grid.setId("dashboard-grid");
        grid.setEmptyStateText(getTranslation("dashboard.empty"));
        grid.addComponentColumn(this::kind).setHeader(getTranslation("exchange.column.kind")).setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(r -> link(r.lastSuccess(), "dashboard-success")).setHeader(getTranslation("exchange.dashboard.lastSuccess")).setAutoWidth(true);
        grid.addComponentColumn(r -> link(r.lastFailure(), "dashboard-failure")).setHeader(getTranslation("exchange.dashboard.lastFailure")).setAutoWidth(true);
        grid.addComponentColumn(this::pending).setHeader(getTranslation("exchange.dashboard.pending")).setAutoWidth(true);
        grid.setItems(log.dashboard().stream()
                .filter(r -> KINDS.get(system).contains(r.kind()) || r.lastSuccess().isPresent() || r.lastFailure().isPresent() || !r.pending().isEmpty())
                .toList());
        grid.setAllRowsVisible(true);

        Paragraph note = new Paragraph(getTranslation("exchange.dashboard.note"));
        note.addClassName("note");
        add(note, grid, new Anchor(ExchangeHistoryView.ROUTE, getTranslation("exchange.dashboard.toHistory")));
    }

    private Component kind(DashboardRow row) {
        Div cell = new Div(new Span(getTranslation(row.kind().translationKey())));
        String screen = SCREENS.get(row.kind());
        if (screen != null) {
            Anchor go = new Anchor(screen, getTranslation("exchange.dashboard.goTo"));
            go.addClassName("dashboard-go");
            cell.add(new Span(" "), go);
        }
        return cell;
    }

    private Component link(Optional<ExchangeSummary> exchange, String className) {
        if (exchange.isEmpty()) return new Span(getTranslation("exchange.dashboard.never"));
        ExchangeSummary e = exchange.get();
        Anchor link = new Anchor(ExchangeHistoryView.linkTo(e.id()),
                getTranslation("exchange.dashboard.when", ExchangeTexts.when(e.startedAt(), zone), e.who()));
        link.addClassName(className);
        return link;
    }

    private Component pending(DashboardRow row) {
        if (row.pending().isEmpty()) return new Span(getTranslation("exchange.dashboard.nothingPending"));
        Div cell = new Div();
        row.pending().forEach(e -> cell.add(new Div(new Anchor(ExchangeHistoryView.linkTo(e.id()),
                getTranslation("exchange.dashboard.pendingSince", ExchangeTexts.when(e.startedAt(), zone))))));
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.dashboard.title");
    }
}
