package org.preau.inspection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.base.ui.Sections;
import org.preau.base.ui.Notify;
import org.preau.establishment.PreauModule;
import org.preau.establishment.RequiresModule;
import org.preau.inspection.DiplomaGrant;
import org.preau.inspection.GrantChange;
import org.preau.inspection.InspectorAccess;
import org.preau.inspection.InvalidDiplomaException;
import org.preau.inspection.Referent;
import org.preau.mail.MailOutbox;
import org.preau.security.Roles;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paramètres › Accès inspecteur: one row per subscribed diploma, "Diplôme (Inspecteur A,
 * Inspecteur B)", with the switch that grants its referent inspectors read access. Below: adding
 * diplomas and referents, the mails still waiting for the mail server, and the history of changes.
 */
@Route("parametres/acces-inspecteur")
@Menu(order = 915, title = "nav.parametres.accesInspecteur")
@RolesAllowed(Roles.DIRECTOR)
@RequiresModule(PreauModule.ACCES_INSPECTEUR)
public class AccesInspecteurView extends Main implements HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final InspectorAccess access;
    private final MailOutbox mails;
    final Div rows = new Div();
    final Map<String, Checkbox> switches = new LinkedHashMap<>();
    final Paragraph pending = new Paragraph();
    final ComboBox<Map.Entry<String, String>> newDiploma = new ComboBox<>();
    final ComboBox<DiplomaGrant> referentDiploma = new ComboBox<>();
    final ComboBox<Referent> referent = new ComboBox<>();
    final Button addDiploma = new Button();
    final Button addReferent = new Button();
    final Button removeReferent = new Button();
    final Grid<GrantChange> history = new Grid<>();

    public AccesInspecteurView(InspectorAccess access, MailOutbox mails) {
        this.access = access;
        this.mails = mails;
        addClassName("acces-inspecteur-view");
        Paragraph note = new Paragraph(getTranslation("inspection.note"));
        note.addClassName("note");
        rows.setId("diploma-rows");
        pending.setId("mail-pending");
        pending.addClassName("note");
        add(note, rows, pending, addDiplomas(), addReferents(), historySection());
        refresh();
    }

    private void refresh() {
        List<DiplomaGrant> diplomas = access.diplomas();
        List<GrantChange> changes = access.changes();
        java.util.Set<String> everSwitched = new java.util.HashSet<>();
        changes.forEach(c -> everSwitched.add(c.diplomaCode()));
        rows.removeAll();
        switches.clear();
        if (diplomas.isEmpty()) rows.add(new Paragraph(getTranslation("inspection.none")));
        for (DiplomaGrant d : diplomas) {
            Checkbox toggle = new Checkbox(d.title(), d.granted());
            toggle.setId("grant-" + d.diplomaCode());
            toggle.addValueChangeListener(e -> {
                if (e.isFromClient()) change(d, e.getValue());
            });
            Div row = new Div(toggle);
            if (everSwitched.contains(d.diplomaCode())) {
                Span who = new Span(getTranslation(d.granted() ? "inspection.grantedBy" : "inspection.revokedBy",
                        WHEN.format(d.changedAt()), d.changedBy()));
                who.addClassName("note");
                row.add(who);
            }
            row.addClassName("diploma-row");
            if (d.referents().isEmpty()) {
                Span none = new Span(getTranslation("inspection.noReferent"));
                none.addClassName("note");
                row.add(none);
            }
            switches.put(d.diplomaCode(), toggle);
            rows.add(row);
        }
        int waiting = mails.pendingCount();
        pending.setText(waiting == 0 ? "" : getTranslation("inspection.mailPending", waiting));
        pending.setVisible(waiting > 0);
        Map<String, String> reference = access.referenceDiplomas();
        java.util.Set<String> have = new java.util.HashSet<>();
        diplomas.forEach(d -> have.add(d.diplomaCode()));
        newDiploma.setItems(reference.entrySet().stream().filter(e -> !have.contains(e.getKey())).map(e -> Map.entry(e.getKey(), e.getValue())).toList());
        referentDiploma.setItems(diplomas);
        referentItems(diplomas);
        history.setItems(changes);
    }

    private void change(DiplomaGrant diploma, boolean granted) {
        access.setGranted(diploma.id(), granted);
        Notify.show(getTranslation(granted ? "inspection.granted" : "inspection.revoked", diploma.label(), diploma.referents().size()),
                NotificationVariant.SUCCESS);
        refresh();
    }

    private Component addDiplomas() {
        newDiploma.setId("new-diploma");
        newDiploma.setLabel(getTranslation("inspection.addDiploma.label"));
        newDiploma.setItemLabelGenerator(e -> e.getValue() + " (" + e.getKey() + ")");
        newDiploma.setWidth("24em");
        Button add = addDiploma;
        add.setText(getTranslation("inspection.addDiploma"));
        add.addClickListener(e -> {
            if (newDiploma.getValue() == null) return;
            run(() -> access.addDiploma(newDiploma.getValue().getKey()));
            newDiploma.clear();
        });
        add.setId("add-diploma");
        // Nothing chosen, nothing to add: the button says so by being off rather than by doing nothing.
        add.setEnabled(false);
        newDiploma.addValueChangeListener(e -> add.setEnabled(e.getValue() != null));
        Button all = new Button(getTranslation("inspection.addNomenclature"), e -> {
            int added = access.addNomenclatureDiplomas();
            Notify.show(getTranslation("inspection.addedNomenclature", added), NotificationVariant.SUCCESS);
            refresh();
        });
        all.setId("add-nomenclature");
        all.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout line = new HorizontalLayout(newDiploma, add, all);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        return Sections.titled(getTranslation("inspection.section.diplomas"), line);
    }

    private Component addReferents() {
        referentDiploma.setId("referent-diploma");
        referentDiploma.setLabel(getTranslation("inspection.referent.diploma"));
        referentDiploma.setItemLabelGenerator(DiplomaGrant::title);
        referentDiploma.setWidth("24em");
        referent.setId("referent-inspector");
        referent.setLabel(getTranslation("inspection.referent.inspector"));
        referent.setItems(access.inspectors());
        referent.setItemLabelGenerator(r -> r.displayName() + " <" + r.email() + ">"
                + (r.awaitingSignIn() ? " " + getTranslation("inspection.referent.awaiting") : ""));
        referent.setWidth("20em");
        Button add = addReferent;
        add.setText(getTranslation("inspection.referent.add"));
        add.addClickListener(e -> {
            if (referentDiploma.getValue() == null || referent.getValue() == null) return;
            run(() -> access.addReferent(referentDiploma.getValue().id(), referent.getValue().username()));
        });
        add.setId("add-referent");
        Button remove = removeReferent;
        remove.setText(getTranslation("inspection.referent.remove"));
        remove.addClickListener(e -> {
            if (referentDiploma.getValue() == null || referent.getValue() == null) return;
            run(() -> access.removeReferent(referentDiploma.getValue().id(), referent.getValue().username()));
        });
        remove.setId("remove-referent");
        add.setEnabled(false);
        remove.setEnabled(false);
        referentDiploma.addValueChangeListener(e -> referentChosen());
        referent.addValueChangeListener(e -> referentChosen());
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout line = new HorizontalLayout(referentDiploma, referent, add, remove);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        ReferentByEmail byEmail = new ReferentByEmail(access, referentDiploma::getValue, this::run);
        return Sections.titled(getTranslation("inspection.section.referents"), line, byEmail);
    }

    /** The referents waiting for their first sign-in, offered for removal next to the inspector accounts. */
    private void referentItems(List<DiplomaGrant> diplomas) {
        List<Referent> items = new java.util.ArrayList<>(access.inspectors());
        diplomas.stream().flatMap(d -> d.referents().stream()).filter(Referent::awaitingSignIn).distinct().forEach(items::add);
        referent.setItems(items);
    }

    private void referentChosen() {
        boolean both = referentDiploma.getValue() != null && referent.getValue() != null;
        addReferent.setEnabled(both);
        removeReferent.setEnabled(both);
    }

    private Component historySection() {
        history.setId("grant-history");
        history.setEmptyStateText(getTranslation("accesInspecteur.history.empty"));
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.addColumn(c -> WHEN.format(c.changedAt())).setHeader(getTranslation("inspection.history.when")).setAutoWidth(true);
        history.addColumn(GrantChange::label).setHeader(getTranslation("inspection.history.diploma")).setFlexGrow(1);
        history.addColumn(c -> getTranslation(c.granted() ? "inspection.history.granted" : "inspection.history.revoked"))
                .setHeader(getTranslation("inspection.history.change")).setAutoWidth(true);
        history.addColumn(GrantChange::changedBy).setHeader(getTranslation("inspection.history.who")).setAutoWidth(true);
        history.setAllRowsVisible(true);
        return Sections.titled(getTranslation("inspection.section.history"), history);
    }

    private void run(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (InvalidDiplomaException e) {
            Notify.show(e.getMessage(), NotificationVariant.ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.parametres.accesInspecteur");
    }
}
