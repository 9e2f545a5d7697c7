package org.preau.segec.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.establishment.ModuleDisabledException;
import org.preau.establishment.PreauModule;
import org.preau.establishment.RequiresModule;
import org.preau.security.Roles;
import org.preau.segec.ExtranetTransfer;
import org.preau.segec.PreflightIssue;
import org.preau.segec.PreflightReport;
import org.preau.segec.SegecException;
import org.preau.segec.SegecLinks;
import org.preau.segec.SegecMember;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Personnels › Transferts › Transfert Extranet SeGEC: what is sent and the director's consent
 * (asked the first time; a "no" can be changed here), the relaunch by hand, and the pre-flight
 * check with the outcome for each person, which the director can open any time. A warning on the
 * directors (none, or two) is shown with the names; the director corrects the tick boxes, or
 * confirms and sends the others.
 */
@Route("personnels/transferts/extranet-segec")
@Menu(order = 350, title = "nav.personnels.extranetSegec")
@RolesAllowed(Roles.DIRECTOR)
@RequiresModule(PreauModule.SEGEC)
public class ExtranetTransferView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    /** The exchange history's route (exchange.ui is another module's internals). */
    private static final String HISTORY = "echanges/historique";

    private final ExtranetTransfer transfer;
    final Checkbox consent = new Checkbox();
    final Button saveConsent = new Button();
    final Paragraph decision = new Paragraph();
    final Button runNow = new Button();
    final Paragraph preflightSummary = new Paragraph();
    final Grid<PreflightIssue> issues = new Grid<>();
    final Grid<SegecMember> people = new Grid<>();
    final ConfirmDialog confirmDirectors = new ConfirmDialog();
    private PreflightReport report;

    public ExtranetTransferView(ExtranetTransfer transfer, SegecLinks links) {
        this.transfer = transfer;
        addClassName("extranet-transfer-view");
        Paragraph what = new Paragraph(getTranslation("segec.extranet.what"));
        what.addClassName("note");

        consent.setId("extranet-consent");
        consent.setLabel(getTranslation("segec.extranet.consent"));
        saveConsent.setId("extranet-consent-save");
        saveConsent.setText(getTranslation("action.valider"));
        saveConsent.addClickListener(e -> decide());
        decision.setId("extranet-decision");

        runNow.setId("extranet-run");
        runNow.setText(getTranslation("segec.extranet.run"));
        runNow.addThemeVariants(ButtonVariant.PRIMARY);
        runNow.addClickListener(e -> {
            if (report != null && report.needsConfirmation()) confirmDirectors.open();
            else run(false);
        });
        confirmDirectors.setId("extranet-confirm-directors");
        confirmDirectors.setHeader(getTranslation("segec.extranet.confirm.title"));
        confirmDirectors.setCancelable(true);
        confirmDirectors.setCancelText(getTranslation("segec.extranet.confirm.correct"));
        confirmDirectors.setConfirmText(getTranslation("segec.extranet.confirm.send"));
        confirmDirectors.addConfirmListener(e -> run(true));

        preflightSummary.setId("extranet-preflight-summary");
        issues.setId("extranet-preflight");
        issues.setEmptyStateText(getTranslation("extranet.preflight.empty"));
        issues.addColumn(i -> getTranslation(i.blocking() ? "segec.preflight.error" : "segec.preflight.warning"))
                .setHeader(getTranslation("segec.column.severity")).setAutoWidth(true).setFlexGrow(0);
        // The reason names the person already: no name column, so that the reason keeps its width on a phone.
        issues.addColumn(PreflightIssue::text).setHeader(getTranslation("segec.column.reason")).setFlexGrow(1);
        issues.setAllRowsVisible(true);
        issues.setPartNameGenerator(i -> i.blocking() ? "error" : "warning");
        // The reasons are sentences: wrapped, so that they are read whole on a phone too.
        issues.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        people.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        people.setId("extranet-people");
        people.setEmptyStateText(getTranslation("extranet.people.empty"));
        people.addColumn(m -> m.person().displayName()).setHeader(getTranslation("segec.column.name")).setAutoWidth(true);
        people.addColumn(m -> outcome(m)).setHeader(getTranslation("segec.column.outcome")).setFlexGrow(1);
        people.setAllRowsVisible(true);

        add(what,
                new Section(new H3(getTranslation("segec.extranet.consentTitle")), consent, saveConsent, decision),
                new Section(new H3(getTranslation("segec.extranet.runTitle")), new Paragraph(getTranslation("segec.extranet.schedule")), runNow,
                        new Anchor(HISTORY, getTranslation("segec.extranet.history"))),
                new Section(new H3(getTranslation("segec.extranet.preflightTitle")), preflightSummary, issues),
                new Section(new H3(getTranslation("segec.extranet.peopleTitle")), people),
                new SegecHelpLinks(links));
        refresh();
    }

    private void refresh() {
        Optional<ExtranetTransfer.Decision> d = transfer.decision();
        consent.setValue(d.map(ExtranetTransfer.Decision::consented).orElse(false));
        decision.setText(d.map(x -> getTranslation(x.consented() ? "segec.extranet.decision.yes" : "segec.extranet.decision.no",
                        WHEN.format(x.decidedAt().atZone(SegecTexts.ZONE)), x.decidedBy()))
                .orElse(getTranslation("segec.extranet.decision.none")));
        runNow.setEnabled(d.map(ExtranetTransfer.Decision::consented).orElse(false));
        report = transfer.preflight();
        preflightSummary.setText(getTranslation("segec.preflight.summary", report.members().size(), report.sendable().size(),
                report.deactivations().size(), report.issues().size()));
        issues.setItems(report.issues());
        people.setItems(report.members());
        confirmDirectors.setText(getTranslation("segec.extranet.confirm.text",
                String.join(" ", report.warnings().stream().map(PreflightIssue::text).toList())));
    }

    /** What the next transfer does with this person: sent active, deactivated (and why), or held back (and why). */
    private String outcome(SegecMember m) {
        String standing = getTranslation(m.standing().translationKey());
        if (!m.standing().active()) {
            return m.held() ? getTranslation("segec.outcome.deactivated", standing) : getTranslation("segec.outcome.notHeld", standing);
        }
        String prefix = m.person().displayName() + " : ";
        var own = report.issuesOf(m.id()).stream().filter(PreflightIssue::blocking).map(PreflightIssue::text)
                .map(t -> t.startsWith(prefix) ? t.substring(prefix.length()) : t).toList();
        return own.isEmpty() ? getTranslation("segec.outcome.sent", standing) : getTranslation("segec.outcome.heldBack", String.join(" ", own));
    }

    private void decide() {
        try {
            transfer.decide(consent.getValue());
            SegecTexts.notify(getTranslation("segec.extranet.decided"), NotificationVariant.SUCCESS);
        } catch (ModuleDisabledException e) {
            SegecTexts.notify(e.getMessage(), NotificationVariant.ERROR);
        }
        refresh();
    }

    private void run(boolean confirmed) {
        try {
            transfer.runNow(confirmed);
            SegecTexts.notify(getTranslation("segec.extranet.started"), NotificationVariant.SUCCESS);
        } catch (SegecException | ModuleDisabledException e) {
            SegecTexts.notify(e.getMessage(), NotificationVariant.ERROR);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.personnels.extranetSegec");
    }
}
