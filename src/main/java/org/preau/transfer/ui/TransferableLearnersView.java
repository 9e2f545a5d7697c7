package org.preau.transfer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.establishment.ModuleDisabledException;
import org.preau.establishment.PreauModule;
import org.preau.establishment.RequiresModule;
import org.preau.security.Roles;
import org.preau.transfer.LearnerTransfers;
import org.preau.transfer.TransferableLearner;

import java.util.ArrayList;

/**
 * Élèves › Transferts: the learners who left and whose data may be transferred by hand towards an
 * establishment without SIECLE (a CFA, a GRETA). The director selects one or more, then, for each,
 * enters the destination UAI and records the consent.
 */
@Route(TransferableLearnersView.ROUTE)
@Menu(order = 250, title = "nav.eleves.transferts")
@RolesAllowed(Roles.DIRECTOR)
@RequiresModule(PreauModule.TRANSFERTS)
public class TransferableLearnersView extends Main implements HasDynamicTitle {

    static final String ROUTE = "eleves/transferts/manuels";

    private final LearnerTransfers transfers;
    final Grid<TransferableLearner> grid = new Grid<>();
    final Button transfer = new Button();

    public TransferableLearnersView(LearnerTransfers transfers) {
        this.transfers = transfers;
        addClassName("transferable-learners-view");
        getStyle().set("padding", "var(--lumo-space-m)");
        add(new Paragraph(getTranslation("transfer.list.intro")), new Paragraph(getTranslation("transfer.list.consent")));

        grid.setId("transferable-grid");
        grid.setEmptyStateText(getTranslation("transferable.empty"));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(TransferableLearner::nom).setHeader(getTranslation("transfer.column.nom")).setAutoWidth(true);
        grid.addColumn(TransferableLearner::prenom).setHeader(getTranslation("transfer.column.prenom")).setAutoWidth(true);
        grid.addColumn(l -> l.ine() == null ? "" : l.ine()).setHeader(getTranslation("transfer.column.ine")).setAutoWidth(true);
        grid.addColumn(l -> l.dateNaissance() == null ? "" : l.dateNaissance().format(TransfertsView.DATE))
                .setHeader(getTranslation("transfer.column.birthDate")).setAutoWidth(true);
        grid.addColumn(l -> l.exitDate() != null ? l.exitDate().format(TransfertsView.DATE)
                        : l.leftAt() == null ? "" : l.leftAt().atZone(transfers.zone()).format(TransfertsView.DATE))
                .setHeader(getTranslation("transfer.column.left")).setAutoWidth(true);

        transfer.setText(getTranslation("transfer.list.transfer"));
        transfer.setId("transfer-selected");
        transfer.addThemeVariants(ButtonVariant.PRIMARY);
        transfer.setEnabled(false);
        grid.addSelectionListener(e -> transfer.setEnabled(!e.getAllSelectedItems().isEmpty()));
        transfer.addClickListener(e -> {
            ManualTransferDialog dialog = new ManualTransferDialog(transfers, new ArrayList<>(grid.getSelectedItems()), this::refresh);
            dialog.open();
        });
        add(transfer, grid);
        refresh();
    }

    private void refresh() {
        try {
            grid.deselectAll();
            grid.setItems(transfers.transferable());
        } catch (ModuleDisabledException off) {
            grid.setVisible(false);
            transfer.setVisible(false);
            Notification.show(off.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transfer.list.title");
    }
}
