package org.preau.miroir.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import jakarta.annotation.security.RolesAllowed;
import org.preau.establishment.ModuleDisabledException;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.RequiresModule;
import org.preau.miroir.MiroirIndicators;
import org.preau.miroir.MiroirReport;
import org.preau.miroir.MiroirSubmission;
import org.preau.miroir.MiroirTransfer;
import org.preau.miroir.SubmissionStatus;
import org.preau.security.Roles;

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
    static final String HISTORY_DETAIL = "echanges/historique?echange=";
    /** The sandbox collection point's page (a route of the sandbox module). */
    private static final String SANDBOX_PAGE = "bac-a-sable/miroir";

    private final MiroirIndicators indicators;
    private final MiroirTransfer transfer;

    final Paragraph context = new Paragraph();
    final Div capitalMissing = new Div();
    final Button compute = new Button();
    final MiroirReportSection reportSection = new MiroirReportSection();
    static final int POLL_MS = 15_000;
    boolean awaiting;
    private com.vaadin.flow.shared.Registration pollRegistration;
    final Section confirmSection = new Section();
    final Button no = new Button();
    final Button yes = new Button();
    final Div outcome = new Div();
    final MiroirSendsSection sends = new MiroirSendsSection(this::refresh);

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

        buildConfirm();
        outcome.setId("miroir-outcome");
        outcome.setVisible(false);

        Anchor sandbox = new Anchor(SANDBOX_PAGE, getTranslation("miroir.sandboxLink"));
        sandbox.setId("miroir-sandbox-link");
        add(help, context, capitalMissing, compute, reportSection, confirmSection, outcome, sends, new Paragraph(sandbox));
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
        reportSection.show(report);
        outcome.setVisible(false);
        confirmSection.setVisible(report.sendable());
        yes.setEnabled(report.sendable());
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
        sends.show(all, transfer.schools());
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
