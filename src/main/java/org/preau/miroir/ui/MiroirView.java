package org.preau.miroir.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.preau.establishment.ModuleDisabledException;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.RequiresModule;
import org.preau.miroir.Indicator;
import org.preau.miroir.IndicatorCsv;
import org.preau.miroir.IndicatorDetail;
import org.preau.miroir.MiroirIndicators;
import org.preau.miroir.MiroirReport;
import org.preau.miroir.MiroirSubmission;
import org.preau.miroir.MiroirTransfer;
import org.preau.miroir.SchoolSendState;
import org.preau.miroir.SubmissionStatus;
import org.preau.security.Roles;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Élèves › Transferts › Transfert Miroir de l'école (the seed's words): for the year the user is
 * positioned on, (1) computes the indicators, (2) shows the detail of each down to its source
 * rows with a CSV export, (3) asks "Envoyer ?" — Non leaves everything as it is so that the data
 * can be examined and corrected, Oui sends. Below: the school's sends with the collection
 * point's status, and which schools of the organising body have sent for the year.
 */
@Route("eleves/transferts/miroir")
@Menu(order = 260, title = "nav.eleves.miroir")
@RolesAllowed(Roles.DIRECTOR)
@RequiresModule(PreauModule.MIROIR)
public class MiroirView extends Main implements HasDynamicTitle {

    /** The exchange history's detail of one exchange (a route of the exchange module). */
    private static final String HISTORY_DETAIL = "echanges/historique?echange=";
    /** The sandbox collection point's page (a route of the sandbox module). */
    private static final String SANDBOX_PAGE = "bac-a-sable/miroir";
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private final MiroirIndicators indicators;
    private final MiroirTransfer transfer;

    final Paragraph context = new Paragraph();
    final Div capitalMissing = new Div();
    final Button compute = new Button();
    final Section reportSection = new Section();
    final Grid<Indicator> indicatorGrid = new Grid<>();
    final IndicatorDetailDialog detailDialog = new IndicatorDetailDialog();
    static final int POLL_MS = 15_000;
    boolean awaiting;
    private com.vaadin.flow.shared.Registration pollRegistration;
    final Div warnings = new Div();
    final Section confirmSection = new Section();
    final Button no = new Button();
    final Button yes = new Button();
    final Div outcome = new Div();
    final Grid<MiroirSubmission> submissions = new Grid<>();
    final Grid<SchoolSendState> schools = new Grid<>();

    MiroirReport report;

    public MiroirView(MiroirIndicators indicators, MiroirTransfer transfer, ModuleSettings modules) {
        this.indicators = indicators;
        this.transfer = transfer;
        addClassName("miroir-view");
        MiroirImportView.pad(this);
        if (!modules.isEnabled(PreauModule.MIROIR)) {
            // until the navigation guard hides it, a school without the module sees why
            add(new Paragraph(new ModuleDisabledException(PreauModule.MIROIR).getMessage()));
            return;
        }

        Paragraph help = new Paragraph(getTranslation("miroir.help"));
        MiroirImportView.note(help);
        context.setId("miroir-context");
        capitalMissing.setId("miroir-capital-missing");
        capitalMissing.addClassName("import-refusal");
        capitalMissing.setVisible(false);

        compute.setText(getTranslation("miroir.compute"));
        compute.setId("miroir-compute");
        compute.addThemeVariants(ButtonVariant.PRIMARY);
        compute.addClickListener(e -> computeReport());

        buildReport();
        buildConfirm();
        outcome.setId("miroir-outcome");
        outcome.setVisible(false);

        submissions.setId("miroir-submissions");
        submissions.setEmptyStateText(getTranslation("miroir.submissions.empty"));
        submissions.addColumn(s -> WHEN.format(s.sentAt().atZone(ZONE))).setHeader(getTranslation("miroir.submission.sentAt")).setAutoWidth(true);
        submissions.addColumn(MiroirSubmission::schoolYearLabel).setHeader(getTranslation("miroir.submission.year")).setAutoWidth(true);
        submissions.addColumn(s -> getTranslation(s.use().translationKey(), s.schoolYearLabel(), s.startYear() + 1))
                .setHeader(getTranslation("miroir.submission.use")).setAutoWidth(true);
        submissions.addColumn(s -> getTranslation(s.status().translationKey())).setHeader(getTranslation("miroir.submission.status")).setAutoWidth(true);
        submissions.addColumn(s -> String.join(" ", s.messages())).setHeader(getTranslation("miroir.submission.messages")).setFlexGrow(3);
        submissions.addComponentColumn(s -> {
            HorizontalLayout actions = new HorizontalLayout();
            Button refresh = new Button(getTranslation("miroir.submission.refresh"), e -> refresh(s));
            refresh.setId("miroir-refresh-" + s.id());
            refresh.addThemeVariants(ButtonVariant.SMALL);
            actions.add(refresh, new Anchor(HISTORY_DETAIL + s.exchangeId(), getTranslation("miroir.submission.history")));
            return actions;
        }).setAutoWidth(true);
        submissions.setAllRowsVisible(true);
        submissions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        schools.setId("miroir-schools");
        schools.setEmptyStateText(getTranslation("miroir.schools.empty"));
        schools.addColumn(s -> s.name() + (s.current() ? " " + getTranslation("miroir.schools.current") : "")).setHeader(getTranslation("miroir.schools.name")).setFlexGrow(1);
        schools.addColumn(SchoolSendState::fase).setHeader(getTranslation("miroir.schools.fase")).setAutoWidth(true);
        schools.addColumn(s -> s.latest().map(l -> getTranslation("miroir.schools.sent", WHEN.format(l.sentAt().atZone(ZONE)),
                getTranslation(l.status().translationKey()))).orElse(getTranslation("miroir.schools.notSent")))
                .setHeader(getTranslation("miroir.schools.state")).setAutoWidth(true);
        schools.setAllRowsVisible(true);

        Anchor sandbox = new Anchor(SANDBOX_PAGE, getTranslation("miroir.sandboxLink"));
        sandbox.setId("miroir-sandbox-link");
        add(help, context, capitalMissing, compute, reportSection, confirmSection, outcome,
                new H3(getTranslation("miroir.submissions.title")), submissions,
                new H3(getTranslation("miroir.schools.title")), new Paragraph(getTranslation("miroir.schools.help")), schools,
                new Paragraph(sandbox));
        showContext();
        refreshLists();
    }

    private void showContext() {
        MiroirReport preview = indicators.compute();
        context.setText(getTranslation("miroir.context", preview.year().label(),
                getTranslation(preview.use().translationKey(), preview.year().label(), preview.year().startYear() + 1)));
        if (!preview.sendable()) {
            capitalMissing.removeAll();
            capitalMissing.add(new Span(getTranslation("miroir.capitalMissing", preview.year().label()) + " "));
            Anchor link = new Anchor(MiroirImportView.ROUTE, getTranslation("miroir.capitalMissing.link"));
            link.setId("miroir-capital-import-link");
            capitalMissing.add(link);
            capitalMissing.setVisible(true);
        }
    }

    private void buildReport() {
        reportSection.setId("miroir-report");
        reportSection.setVisible(false);
        indicatorGrid.setId("miroir-indicators");
        indicatorGrid.setEmptyStateText(getTranslation("miroir.indicators.empty"));
        indicatorGrid.addColumn(Indicator::label).setHeader(getTranslation("miroir.indicator.label")).setFlexGrow(4);
        indicatorGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        indicatorGrid.addColumn(i -> i.value().toPlainString() + " " + i.unit()).setHeader(getTranslation("miroir.indicator.value")).setAutoWidth(true);
        indicatorGrid.addColumn(i -> i.details().size()).setHeader(getTranslation("miroir.indicator.rows")).setAutoWidth(true);
        indicatorGrid.addComponentColumn(i -> {
            Button show = new Button(getTranslation("miroir.indicator.detail"), e -> showDetail(i));
            show.setId("miroir-detail-" + i.code());
            show.addThemeVariants(ButtonVariant.SMALL);
            return show;
        }).setAutoWidth(true);
        indicatorGrid.setAllRowsVisible(true);

        warnings.setId("miroir-warnings");
        reportSection.add(new H3(getTranslation("miroir.report.title")), indicatorGrid, warnings);
    }

    private void buildConfirm() {
        confirmSection.setId("miroir-confirm");
        confirmSection.setVisible(false);
        no.setText(getTranslation("miroir.confirm.no"));
        no.setId("miroir-no");
        no.addClickListener(e -> answerNo());
        yes.setText(getTranslation("miroir.confirm.yes"));
        yes.setId("miroir-yes");
        yes.addThemeVariants(ButtonVariant.PRIMARY);
        yes.addClickListener(e -> answerYes());
        confirmSection.add(new H3(getTranslation("miroir.confirm.title")), new Paragraph(getTranslation("miroir.confirm.question")),
                new HorizontalLayout(no, yes));
    }

    void computeReport() {
        report = indicators.compute();
        indicatorGrid.setItems(report.indicators());
        warnings.removeAll();
        if (!report.warnings().isEmpty()) {
            warnings.add(new Paragraph(getTranslation("miroir.warnings.title", report.warnings().size())));
            report.warnings().stream().limit(50).forEach(w -> warnings.add(new Div(new Span(w))));
        }
        Anchor all = exportAnchor(report.indicators(), "miroir-" + report.year().label() + ".csv", getTranslation("miroir.exportAll"));
        all.setId("miroir-export-all");
        warnings.add(new Paragraph(all));
        reportSection.setVisible(true);
        outcome.setVisible(false);
        confirmSection.setVisible(report.sendable());
        yes.setEnabled(report.sendable());
    }

    void showDetail(Indicator indicator) {
        detailDialog.show(indicator);
    }

    static Anchor exportAnchor(List<Indicator> which, String fileName, String text) {
        byte[] csv = IndicatorCsv.of(which);
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(csv), fileName, "text/csv", csv.length)), text);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    void answerNo() {
        confirmSection.setVisible(false);
        outcome.removeAll();
        outcome.add(new Paragraph(getTranslation("miroir.confirm.noAnswer")));
        outcome.setVisible(true);
    }

    void answerYes() {
        outcome.removeAll();
        try {
            MiroirSubmission sent = transfer.send();
            Anchor history = new Anchor(HISTORY_DETAIL + sent.exchangeId(), getTranslation("miroir.confirm.history"));
            history.setId("miroir-history-link");
            outcome.add(new Paragraph(new Span(getTranslation("miroir.confirm.sent",
                    getTranslation(sent.use().translationKey(), sent.schoolYearLabel(), sent.startYear() + 1)) + " "), history));
            confirmSection.setVisible(false);
        } catch (RuntimeException e) {
            outcome.add(new Paragraph(e.getMessage()));
        }
        outcome.setVisible(true);
        refreshLists();
    }

    private void refresh(MiroirSubmission submission) {
        try {
            transfer.refreshStatus(submission.id());
        } catch (RuntimeException e) {
            com.vaadin.flow.component.notification.Notification.show(e.getMessage(), 6000,
                    com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
        }
        refreshLists();
    }

    private void refreshLists() {
        List<MiroirSubmission> all = transfer.submissions();
        submissions.setItems(all);
        schools.setItems(transfer.schools());
        awaiting = all.stream().anyMatch(MiroirView::undecided);
        getUI().ifPresent(this::pollWhileAwaiting);
    }

    /** A send not decided yet: still in the outbox, or received and awaiting the collection point's answer. */
    static boolean undecided(MiroirSubmission s) {
        return s.status() == SubmissionStatus.SENDING || s.status().awaitsPeer();
    }

    /**
     * While a send is undecided and the page is open, the page asks for its status every
     * {@link #POLL_MS} ms instead of waiting for a click on "Actualiser"; it stops once all are decided.
     */
    private void pollWhileAwaiting(UI ui) {
        ui.setPollInterval(awaiting ? POLL_MS : -1);
    }

    void poll() {
        for (MiroirSubmission s : transfer.submissions()) {
            if (!s.status().awaitsPeer()) continue;
            try {
                transfer.refreshStatus(s.id());
            } catch (RuntimeException e) {
                // the collection point did not answer this time: the next poll asks again
            }
        }
        refreshLists();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        pollRegistration = event.getUI().addPollListener(e -> poll());
        pollWhileAwaiting(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollRegistration != null) pollRegistration.remove();
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.eleves.miroir");
    }
}
