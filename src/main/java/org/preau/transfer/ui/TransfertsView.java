package org.preau.transfer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.base.ui.Notify;
import org.preau.establishment.ModuleDisabledException;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.RequiresModule;
import org.preau.security.Roles;
import org.preau.transfer.LearnerTransfers;
import org.preau.transfer.TransferView;

import java.time.format.DateTimeFormatter;

/**
 * Paramètres › Transferts, the page of the module {@link PreauModule#TRANSFERTS}: its one switch is
 * the module's (Paramètres › Modules), so the page follows the module and leaves the menu when it
 * is off. The director reads what both establishments must do, the instances of the federation,
 * runs the daily job now, and sees the transfers sent.
 */
@Route("parametres/transferts")
@RequiresModule(PreauModule.TRANSFERTS)
@Menu(order = 910, title = "nav.parametres.transferts")
@RolesAllowed(Roles.DIRECTOR)
public class TransfertsView extends Main implements HasDynamicTitle {

    /** Paramètres › Modules, where the one switch of the transfers is. */
    static final String MODULES_ROUTE = "parametres/modules";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ModuleSettings modules;
    private final LearnerTransfers transfers;
    final Button runNow = new Button();
    final Grid<TransferView> sent = new Grid<>();

    public TransfertsView(ModuleSettings modules, LearnerTransfers transfers) {
        this.modules = modules;
        this.transfers = transfers;
        addClassName("transferts-view");
        getStyle().set("padding", "var(--lumo-space-m)");

        Paragraph on = new Paragraph(getTranslation("transfer.settings.onHere"));
        on.setId("transfers-state");
        Anchor modulesLink = new Anchor(MODULES_ROUTE, getTranslation("transfer.settings.modulesLink"));
        modulesLink.setId("transfers-modules-link");
        on.add(new com.vaadin.flow.component.Text(" "), modulesLink);

        UnorderedList prerequisites = new UnorderedList(
                new ListItem(getTranslation("transfer.settings.prerequisite.both")),
                new ListItem(getTranslation("transfer.settings.prerequisite.source")),
                new ListItem(getTranslation("transfer.settings.prerequisite.destination")));
        UnorderedList other = new UnorderedList(
                new ListItem(getTranslation("transfer.settings.other.module")),
                new ListItem(getTranslation("transfer.settings.other.siecle")),
                new ListItem(getTranslation("transfer.settings.other.instance")),
                new ListItem(getTranslation("transfer.settings.other.none")));
        other.setId("transfers-other-establishment");
        Anchor manual = new Anchor(TransferableLearnersView.ROUTE, getTranslation("transfer.settings.manualLink"));
        manual.setId("transfers-manual-link");

        runNow.setText(getTranslation("transfer.settings.runNow"));
        runNow.setId("transfers-run-now");
        runNow.addThemeVariants(ButtonVariant.PRIMARY);
        runNow.addClickListener(e -> {
            try {
                LearnerTransfers.RunSummary summary = transfers.runNow();
                Notify.show(getTranslation("transfer.settings.ran", summary.delivered(), summary.pending()), NotificationVariant.SUCCESS);
            } catch (ModuleDisabledException off) {
                Notify.show(off.getMessage(), NotificationVariant.ERROR);
            }
            refresh();
        });

        sent.setId("transfers-sent");
        sent.setEmptyStateText(getTranslation("transfer.settings.noneSent"));
        sent.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        sent.addColumn(TransferView::learnerName).setHeader(getTranslation("transfer.column.learner")).setFlexGrow(1);
        sent.addColumn(t -> t.destinationName() == null ? t.destinationUai() : t.destinationName() + " (" + t.destinationUai() + ")")
                .setHeader(getTranslation("transfer.column.destination")).setFlexGrow(1);
        sent.addColumn(t -> getTranslation(t.mode().translationKey())).setHeader(getTranslation("transfer.column.mode")).setFlexGrow(1);
        sent.addColumn(t -> getTranslation(t.status().translationKey())).setHeader(getTranslation("transfer.column.status")).setAutoWidth(true).setFlexGrow(0);
        sent.addColumn(t -> t.createdAt().atZone(transfers.zone()).format(DATE)).setHeader(getTranslation("transfer.column.created"))
                .setAutoWidth(true).setFlexGrow(0);
        sent.addColumn(t -> t.reason() == null ? "" : t.reason()).setHeader(getTranslation("transfer.column.reason")).setFlexGrow(3);
        sent.setAllRowsVisible(true);

        add(new Paragraph(getTranslation("transfer.settings.intro")), on,
                new H3(getTranslation("transfer.settings.prerequisites")), new Paragraph(getTranslation("transfer.settings.prerequisites.lead")),
                prerequisites,
                new H3(getTranslation("transfer.settings.other")), other,
                new H3(getTranslation("transfer.settings.situation1")), new Paragraph(getTranslation("transfer.settings.situation1.text")),
                new Paragraph(getTranslation("transfer.settings.situation1.warning")),
                new H3(getTranslation("transfer.settings.situation2")), new Paragraph(getTranslation("transfer.settings.situation2.text")),
                new Paragraph(manual),
                new FederationSection(transfers),
                new H3(getTranslation("transfer.settings.sent")), runNow, sent);
        refresh();
    }

    private void refresh() {
        runNow.setEnabled(modules.isEnabled(PreauModule.TRANSFERTS));
        var rows = transfers.sent();
        sent.setItems(rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transfer.settings.title");
    }
}
