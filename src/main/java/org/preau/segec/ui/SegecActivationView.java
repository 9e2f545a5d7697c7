package org.preau.segec.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
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
import org.preau.segec.PreflightIssue;
import org.preau.segec.PreflightReport;
import org.preau.segec.SegecAccount;
import org.preau.segec.SegecActivations;
import org.preau.segec.SegecException;
import org.preau.segec.SegecLinks;
import org.preau.segec.SegecMember;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Personnels › Transferts › Activation des comptes SeGEC: the teachers and the director who have
 * an e-mail and a recorded consent, those left out and why; on confirmation the requests go to
 * the extranet and the outcome per person appears as the answer arrives.
 */
@Route("personnels/transferts/activation-segec")
@Menu(order = 340, title = "nav.personnels.activationSegec")
@RolesAllowed(Roles.DIRECTOR)
@RequiresModule(PreauModule.SEGEC)
public class SegecActivationView extends Main implements HasDynamicTitle {

    private final SegecActivations activations;
    final Div establishmentIssues = new Div();
    final Grid<SegecMember> eligible = new Grid<>();
    final Grid<ExcludedRow> excluded = new Grid<>();
    final Grid<SegecMember> outcomes = new Grid<>();
    final Button confirm = new Button();
    final ConfirmDialog dialog = new ConfirmDialog();
    private com.vaadin.flow.shared.Registration polling;

    record ExcludedRow(String who, String reasons) {
    }

    public SegecActivationView(SegecActivations activations, SegecLinks links) {
        this.activations = activations;
        addClassName("segec-activation-view");
        Paragraph note = new Paragraph(getTranslation("segec.activation.note"));
        note.addClassName("note");

        establishmentIssues.setId("activation-issues");
        eligible.setId("activation-eligible");
        eligible.setEmptyStateText(getTranslation("segecActivation.eligible.empty"));
        eligible.addColumn(m -> m.person().displayName()).setHeader(getTranslation("segec.column.name")).setAutoWidth(true).setFlexGrow(1);
        eligible.addColumn(m -> SegecTexts.role(this, m)).setHeader(getTranslation("segec.column.role")).setAutoWidth(true);
        eligible.addColumn(m -> m.person().emailPerso()).setHeader(getTranslation("segec.column.email")).setAutoWidth(true);
        eligible.setAllRowsVisible(true);
        excluded.setId("activation-excluded");
        excluded.setEmptyStateText(getTranslation("segecActivation.excluded.empty"));
        excluded.addColumn(ExcludedRow::who).setHeader(getTranslation("segec.column.name")).setAutoWidth(true);
        excluded.addColumn(ExcludedRow::reasons).setHeader(getTranslation("segec.column.reason")).setFlexGrow(1);
        excluded.setAllRowsVisible(true);
        outcomes.setId("activation-outcomes");
        outcomes.setEmptyStateText(getTranslation("segecActivation.outcomes.empty"));
        outcomes.addColumn(m -> m.person().displayName()).setHeader(getTranslation("segec.column.name")).setAutoWidth(true).setFlexGrow(1);
        outcomes.addColumn(m -> SegecTexts.account(this, m.account())).setHeader(getTranslation("segec.column.outcome")).setFlexGrow(2)
                .setPartNameGenerator(m -> m.account().map(a -> "outcome-" + a.state().name()).orElse(null));
        outcomes.setAllRowsVisible(true);

        confirm.setText(getTranslation("segec.activation.confirm"));
        confirm.setId("activation-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> dialog.open());
        dialog.setId("activation-dialog");
        dialog.setHeader(getTranslation("segec.activation.dialog.title"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("segec.action.cancel"));
        dialog.setConfirmText(getTranslation("segec.activation.dialog.confirm"));
        dialog.addConfirmListener(e -> activate());

        add(note, establishmentIssues,
                new Section(new H3(getTranslation("segec.activation.eligible")), eligible, confirm),
                new Section(new H3(getTranslation("segec.activation.outcomes")), outcomes),
                new Section(new H3(getTranslation("segec.activation.excluded")), excluded),
                new SegecHelpLinks(links));
        refresh();
    }

    private void refresh() {
        PreflightReport report = activations.preview();
        List<SegecMember> sendable = report.sendable();
        establishmentIssues.removeAll();
        for (PreflightIssue issue : report.issues()) {
            if (issue.staffId() != null && issue.blocking()) continue;
            Paragraph p = new Paragraph(issue.text());
            p.addClassName(issue.blocking() ? "error" : "warning");
            establishmentIssues.add(p);
        }
        eligible.setItems(sendable);
        Set<Long> ok = sendable.stream().map(SegecMember::id).collect(Collectors.toSet());
        excluded.setItems(report.members().stream().filter(m -> !ok.contains(m.id()))
                .map(m -> new ExcludedRow(m.person().displayName(), report.issuesOf(m.id()).stream().filter(PreflightIssue::blocking)
                        .map(i -> withoutName(i.text(), m.person().displayName())).collect(Collectors.joining(" ")))).toList());
        confirm.setEnabled(!sendable.isEmpty());
        dialog.setText(getTranslation("segec.activation.dialog.text", sendable.size()));
        List<SegecMember> all = activations.members();
        outcomes.setItems(all.stream().filter(m -> m.account().isPresent()).toList());
        boolean waiting = all.stream().anyMatch(m -> m.account().map(a -> a.state() == SegecAccount.State.PENDING).orElse(false));
        getUI().ifPresent(ui -> ui.setPollInterval(waiting ? 1000 : -1));
    }

    /** The row already names the person: "Janssens Luc : pas d'adresse…" reads "pas d'adresse…". */
    private static String withoutName(String text, String name) {
        return text.startsWith(name + " : ") ? capitalised(text.substring(name.length() + 3)) : text;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void activate() {
        try {
            activations.activateAll();
            SegecTexts.notify(getTranslation("segec.activation.sent"), NotificationVariant.SUCCESS);
        } catch (SegecException | ModuleDisabledException e) {
            SegecTexts.notify(e.getMessage(), NotificationVariant.ERROR);
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        polling = attachEvent.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (polling != null) polling.remove();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.personnels.activationSegec");
    }
}
