package org.preau.transfer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.preau.transfer.LearnerTransfers;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The directory of the other Préau instances this one exchanges transfers with: each one's state
 * (reachable, last refresh, the establishments it serves), and "refresh now". Declaring an
 * instance is the administrator's configuration, which the text says.
 */
class FederationSection extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    private final LearnerTransfers transfers;
    final Grid<LearnerTransfers.InstanceView> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Button refresh = new Button();

    FederationSection(LearnerTransfers transfers) {
        this.transfers = transfers;
        setId("transfers-federation");
        grid.setId("transfers-instances");
        grid.setEmptyStateText(getTranslation("transfer.federation.empty"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LearnerTransfers.InstanceView::name).setHeader(getTranslation("transfer.federation.column.name")).setAutoWidth(true);
        grid.addColumn(this::state).setHeader(getTranslation("transfer.federation.column.state")).setFlexGrow(1);
        grid.addColumn(i -> when(i.refreshedAt())).setHeader(getTranslation("transfer.federation.column.refreshed")).setAutoWidth(true);
        grid.addColumn(i -> i.establishments().isEmpty() ? getTranslation("transfer.federation.noEstablishment")
                : String.join(", ", i.establishments())).setHeader(getTranslation("transfer.federation.column.establishments")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        empty.setId("transfers-instances-empty");
        empty.setText(getTranslation("transfer.federation.empty"));
        refresh.setId("transfers-refresh-directory");
        refresh.setText(getTranslation("transfer.federation.refresh"));
        refresh.addClickListener(e -> {
            int answered = transfers.refreshFederation();
            Notification.show(getTranslation("transfer.federation.refreshed", answered, transfers.federation().size()), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            show();
        });
        add(new H3(getTranslation("transfer.federation.title")), new Paragraph(getTranslation("transfer.federation.intro")), empty, grid,
                refresh);
        show();
    }

    private void show() {
        var instances = transfers.federation();
        grid.setItems(instances);
        grid.setVisible(!instances.isEmpty());
        empty.setVisible(instances.isEmpty());
        refresh.setVisible(!instances.isEmpty());
    }

    private String state(LearnerTransfers.InstanceView i) {
        if (!i.configured()) return getTranslation("transfer.federation.state.incomplete");
        if (i.triedAt() == null) return getTranslation("transfer.federation.state.never");
        return i.reachable() ? getTranslation("transfer.federation.state.reachable")
                : getTranslation("transfer.federation.state.unreachable", i.error() == null ? "" : i.error());
    }

    private String when(Instant at) {
        return at == null ? getTranslation("transfer.federation.never") : WHEN.format(at.atZone(ZoneId.of("Europe/Paris")));
    }
}
