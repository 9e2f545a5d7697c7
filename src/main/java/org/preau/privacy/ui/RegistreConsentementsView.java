package org.preau.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.preau.privacy.ConsentEntry;
import org.preau.privacy.ConsentKind;
import org.preau.privacy.ConsentRegister;
import org.preau.security.CurrentUser;
import org.preau.security.Role;
import org.preau.security.Roles;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Paramètres › Registre des consentements: every consent in one list, filtered by kind, person
 * and year, exported as CSV; the director withdraws one (the secretary reads).
 */
@Route("parametres/consentements")
@Menu(order = 950, title = "nav.parametres.consentements")
@RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR})
public class RegistreConsentementsView extends Main implements HasDynamicTitle {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Paris"));

    private final ConsentRegister register;
    private final boolean director;
    final ComboBox<ConsentKind> kind = new ComboBox<>();
    final TextField person = new TextField();
    final IntegerField year = new IntegerField();
    final Grid<ConsentEntry> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private List<ConsentEntry> shown = List.of();

    public RegistreConsentementsView(ConsentRegister register, CurrentUser currentUser) {
        this.register = register;
        this.director = currentUser.hasRole(Role.DIRECTOR);
        addClassName("registre-consentements-view");
        Paragraph note = new Paragraph(getTranslation(director ? "privacy.consent.note.director" : "privacy.consent.note.secretary"));
        note.addClassName("note");

        kind.setId("consent-kind");
        kind.setLabel(getTranslation("privacy.consent.filter.kind"));
        kind.setItems(ConsentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> refresh());
        person.setId("consent-person");
        person.setLabel(getTranslation("privacy.consent.filter.person"));
        person.setClearButtonVisible(true);
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.addValueChangeListener(e -> refresh());
        year.setId("consent-year");
        year.setLabel(getTranslation("privacy.consent.filter.year"));
        year.setMin(2000);
        year.setMax(2100);
        year.setClearButtonVisible(true);
        year.addValueChangeListener(e -> refresh());
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = register.csv(shown);
            return new DownloadResponse(new ByteArrayInputStream(content), getTranslation("privacy.consent.csv.name"), "text/csv",
                    content.length);
        }), getTranslation("privacy.consent.csv"));
        csv.setId("consent-csv");
        csv.getElement().setAttribute("download", true);
        FlexLayout filters = new FlexLayout(kind, person, year, csv);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        grid.setId("consents");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> getTranslation(e.kind().translationKey())).setHeader(getTranslation("privacy.consent.column.kind")).setAutoWidth(true);
        grid.addColumn(ConsentEntry::person).setHeader(getTranslation("privacy.consent.column.person")).setFlexGrow(1);
        grid.addColumn(ConsentEntry::purpose).setHeader(getTranslation("privacy.consent.column.purpose")).setFlexGrow(2);
        grid.addColumn(e -> e.givenAt() == null ? "" : DAY.format(e.givenAt())).setHeader(getTranslation("privacy.consent.column.given"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.givenBy() == null ? "" : e.givenBy()).setHeader(getTranslation("privacy.consent.column.givenBy")).setFlexGrow(1);
        grid.addColumn(e -> e.recordedBy() == null ? "" : e.recordedBy()).setHeader(getTranslation("privacy.consent.column.recordedBy"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("privacy.consent.column.state")).setAutoWidth(true);
        grid.setHeight("32rem");
        empty.setId("consent-empty");
        add(note, filters, empty, grid);
        refresh();
    }

    private Component state(ConsentEntry e) {
        FlexLayout cell = new FlexLayout();
        cell.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cell.getStyle().set("gap", "var(--lumo-space-s)");
        if (e.withdrawn()) {
            cell.add(new Span(getTranslation("privacy.consent.withdrawnOn", DAY.format(e.withdrawnAt()), e.withdrawnBy())));
            return cell;
        }
        cell.add(new Span(getTranslation("privacy.consent.active")));
        if (director && e.hasProof()) {
            Anchor proof = new Anchor(DownloadHandler.fromInputStream(event -> register.proof(e)
                    .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), getTranslation("privacy.consent.proof.name", e.reference()),
                            "application/octet-stream", bytes.length))
                    .orElse(DownloadResponse.error(404))), getTranslation("privacy.consent.proof.download"));
            proof.getElement().setAttribute("download", true);
            cell.add(proof);
        }
        if (director) {
            Button withdraw = new Button(getTranslation("privacy.consent.withdraw"), click -> confirmWithdraw(e));
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            withdraw.getElement().setAttribute("aria-label", getTranslation("privacy.consent.withdraw.aria", e.person()));
            cell.add(withdraw);
        }
        return cell;
    }

    private void confirmWithdraw(ConsentEntry e) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("privacy.consent.withdraw.title", e.person()),
                getTranslation(e.kind().withdrawTextKey()), getTranslation("privacy.consent.withdraw"), ok -> {
            register.withdraw(e.kind(), e.reference());
            refresh();
            Notification.show(getTranslation("privacy.consent.withdrawn"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("privacy.consent.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void refresh() {
        shown = register.list(kind.getValue(), person.getValue(), year.getValue());
        grid.setItems(shown);
        boolean filtered = kind.getValue() != null || !person.getValue().isBlank() || year.getValue() != null;
        empty.setText(shown.isEmpty() ? getTranslation(filtered ? "privacy.consent.empty.filtered" : "privacy.consent.empty") : "");
        empty.setVisible(shown.isEmpty());
        grid.setVisible(!shown.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.parametres.consentements");
    }
}
