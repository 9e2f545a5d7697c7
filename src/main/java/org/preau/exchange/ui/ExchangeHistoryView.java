package org.preau.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeFilter;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangePayload;
import org.preau.exchange.ExchangeStatus;
import org.preau.exchange.ExchangeSummary;
import org.preau.security.Roles;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.preau.base.ui.RowOpener;

/**
 * Échanges › Historique: every import, export and transfer of the establishment, newest first,
 * filtered by kind, status and year; a row opens its detail with the messages and the original
 * file to download. Every id is checked again by the service.
 */
@Route(ExchangeHistoryView.ROUTE)
@Menu(order = 400, title = "nav.echanges.historique")
@RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR})
public class ExchangeHistoryView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** Query parameter that opens one exchange's detail (links from the import and the dashboard). */
    public static final String EXCHANGE_PARAMETER = "echange";
    static final String ROUTE = "echanges/historique";

    /** The address that opens one exchange's detail. */
    static String linkTo(long exchangeId) {
        return ROUTE + "?" + EXCHANGE_PARAMETER + "=" + exchangeId;
    }

    private final ExchangeLog log;
    private final ZoneId zone;
    private final Map<Long, String> yearLabels = new LinkedHashMap<>();

    final Select<ExchangeKind> kind = new Select<>();
    final Select<ExchangeStatus> status = new Select<>();
    final Select<Long> year = new Select<>();
    final Grid<ExchangeSummary> grid = new Grid<>();
    Dialog detail;

    public ExchangeHistoryView(ExchangeLog log, EtablissementService establishments, SchoolYearService years) {
        this.log = log;
        this.zone = establishments.currentSummary().map(e -> e.schoolSystem().zone()).orElse(SchoolSystem.FR.zone());
        years.list().forEach(y -> yearLabels.put(y.id(), y.label()));
        addClassName("exchange-history-view");

        kind.setId("filter-kind");
        kind.setLabel(getTranslation("exchange.filter.kind"));
        kind.setItems(ExchangeKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("exchange.filter.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("exchange.filter.all") : getTranslation(k.translationKey()));
        status.setId("filter-status");
        status.setLabel(getTranslation("exchange.filter.status"));
        status.setItems(ExchangeStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("exchange.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("exchange.filter.all") : getTranslation(s.translationKey()));
        year.setId("filter-year");
        year.setLabel(getTranslation("exchange.filter.year"));
        year.setItems(yearLabels.keySet());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("exchange.filter.all"));
        year.setItemLabelGenerator(id -> id == null ? getTranslation("exchange.filter.all") : yearLabels.get(id));

        grid.setId("exchange-grid");
        grid.setEmptyStateText(getTranslation("exchange.empty"));
        grid.addColumn(e -> ExchangeTexts.when(e.startedAt(), zone)).setHeader(getTranslation("exchange.column.when")).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(e -> getTranslation("exchange.column.kindAndDirection", getTranslation(e.kind().translationKey()),
                getTranslation(e.direction().translationKey()))).setHeader(getTranslation("exchange.column.kind")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(e -> ExchangeTexts.year(e, yearLabels)).setHeader(getTranslation("exchange.column.year")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(ExchangeSummary::who).setHeader(getTranslation("exchange.column.by")).setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("exchange.column.status")).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(e -> e.summary() == null ? "" : e.summary()).setHeader(getTranslation("exchange.column.summary")).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(e -> e.payloadName() == null ? "" : e.payloadName()).setHeader(getTranslation("exchange.column.file")).setWidth("9rem").setFlexGrow(0);
        grid.setItems(new CallbackDataProvider<>(
                query -> log.search(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> log.count(filter())));
        RowOpener.onOpen(grid, row -> openDetail(row.id()));
        grid.setHeight("32em");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);

        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        year.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Paragraph note = new Paragraph(getTranslation("exchange.history.note"));
        note.addClassName("note");
        HorizontalLayout filters = new HorizontalLayout(kind, status, year);
        filters.addClassName("filters");
        add(note, filters, grid);
    }

    ExchangeFilter filter() {
        return new ExchangeFilter(kind.getValue(), status.getValue(), year.getValue());
    }

    private Span statusBadge(ExchangeSummary e) {
        Span badge = new Span(getTranslation(e.status().translationKey()));
        badge.addClassName("status-badge");
        badge.addClassName("status-" + e.status().name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> ids = event.getLocation().getQueryParameters().getParameters().getOrDefault(EXCHANGE_PARAMETER, List.of());
        if (!ids.isEmpty() && ids.getFirst().matches("[0-9]{1,18}")) {
            try {
                openDetail(Long.parseLong(ids.getFirst()));
            } catch (AccessDeniedException e) {
                event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            }
        }
    }

    /** The detail of one exchange: counts, messages and its file. The service refuses another establishment's id. */
    void openDetail(long exchangeId) {
        ExchangeSummary e = log.get(exchangeId);
        List<ExchangeMessage> messages = log.messages(exchangeId);
        detail = new Dialog();
        detail.setId("exchange-detail");
        detail.setHeaderTitle(getTranslation("exchange.detail.title", getTranslation(e.kind().translationKey()), ExchangeTexts.when(e.startedAt(), zone)));
        detail.setWidth("60em");

        Div facts = new Div(
                fact("exchange.column.status", getTranslation(e.status().translationKey())),
                fact("exchange.column.direction", getTranslation(e.direction().translationKey())),
                fact("exchange.column.year", ExchangeTexts.year(e, yearLabels)),
                fact("exchange.column.by", e.who()),
                fact("exchange.detail.finished", ExchangeTexts.when(e.finishedAt(), zone)),
                fact("exchange.column.summary", e.summary() == null ? "" : e.summary()),
                fact("exchange.detail.counts", ExchangeTexts.counts(e.counts())));
        facts.addClassName("exchange-facts");
        detail.add(facts);

        if (e.payloadName() != null) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                Optional<ExchangePayload> payload = log.payload(exchangeId);
                if (payload.isEmpty()) return DownloadResponse.error(404);
                byte[] content = payload.get().content();
                return new DownloadResponse(new ByteArrayInputStream(content), payload.get().name(),
                        payload.get().contentType() == null ? "application/octet-stream" : payload.get().contentType(), content.length);
            }), getTranslation("exchange.detail.download", e.payloadName(), e.payloadSize() == null ? 0 : e.payloadSize()));
            download.setId("exchange-download");
            download.getElement().setAttribute("download", e.payloadName());
            detail.add(new Paragraph(download));
        }

        Grid<ExchangeMessage> messageGrid = new Grid<>();
        messageGrid.setId("exchange-messages");
        messageGrid.setEmptyStateText(getTranslation("exchange.messages.empty"));
        messageGrid.addColumn(m -> getTranslation(m.severity().translationKey())).setHeader(getTranslation("exchange.column.severity")).setAutoWidth(true);
        messageGrid.addColumn(ExchangeMessage::text).setHeader(getTranslation("exchange.column.message")).setFlexGrow(1);
        messageGrid.addColumn(m -> m.location() == null ? "" : m.location()).setHeader(getTranslation("exchange.column.location")).setAutoWidth(true);
        messageGrid.setItems(messages);
        messageGrid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        messageGrid.setAllRowsVisible(messages.size() <= 15);
        detail.add(new H3(getTranslation("exchange.detail.messages", messages.size())),
                messages.isEmpty() ? new Paragraph(getTranslation("exchange.detail.noMessages")) : messageGrid);

        Button close = new Button(getTranslation("exchange.detail.close"), click -> detail.close());
        close.setId("exchange-detail-close");
        detail.getFooter().add(close);
        detail.open();
    }

    private Div fact(String labelKey, String value) {
        Div fact = new Div(new Span(getTranslation(labelKey)), new Span(value == null ? "" : value));
        fact.addClassName("fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.history.title");
    }
}
