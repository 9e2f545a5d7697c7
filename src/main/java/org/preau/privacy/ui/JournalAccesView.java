package org.preau.privacy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.privacy.AccessJournal;
import org.preau.privacy.AuditEntry;
import org.preau.security.Roles;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Paramètres › Journal des accès: who outside the establishment's own staff read or exported
 * whose data, through which grant; filtered by person and by user. Read-only, like the table.
 */
@Route("parametres/journal-acces")
@Menu(order = 955, title = "nav.parametres.journalAcces")
@RolesAllowed(Roles.DIRECTOR)
public class JournalAccesView extends Main implements HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final AccessJournal journal;
    final TextField person = new TextField();
    final TextField user = new TextField();
    final Grid<AuditEntry> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    public JournalAccesView(AccessJournal journal) {
        this.journal = journal;
        addClassName("journal-acces-view");
        Paragraph note = new Paragraph(getTranslation("privacy.journal.note"));
        note.addClassName("note");
        person.setId("journal-person");
        person.setLabel(getTranslation("privacy.journal.filter.person"));
        user.setId("journal-user");
        user.setLabel(getTranslation("privacy.journal.filter.user"));
        user.setHelperText(getTranslation("privacy.journal.filter.user.help"));
        for (TextField f : List.of(person, user)) {
            f.setClearButtonVisible(true);
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> refresh());
        }
        FlexLayout filters = new FlexLayout(person, user);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        grid.setId("journal");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> WHEN.format(e.occurredAt())).setHeader(getTranslation("privacy.journal.column.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("privacy.journal.column.user")).setAutoWidth(true);
        grid.addColumn(this::who).setHeader(getTranslation("privacy.journal.column.person")).setFlexGrow(1);
        grid.addColumn(e -> getTranslation(e.action().translationKey())).setHeader(getTranslation("privacy.journal.column.what"))
                .setFlexGrow(1);
        grid.addColumn(this::through).setHeader(getTranslation("privacy.journal.column.through")).setFlexGrow(1);
        grid.setHeight("32rem");
        empty.setId("journal-empty");
        add(note, filters, empty, grid);
        refresh();
    }

    private String who(AuditEntry e) {
        return switch (e.subject()) {
            case FILE -> getTranslation("privacy.subject.file");
            case LEARNER -> e.personName() != null ? e.personName() : getTranslation("privacy.subject.gone", e.subjectId());
            case STAFF -> getTranslation("privacy.subject.staff", e.subjectId());
        };
    }

    private String through(AuditEntry e) {
        if (e.through() == null) return "";
        return getTranslation(e.action().throughKey(), e.through());
    }

    private void refresh() {
        List<AuditEntry> rows = journal.list(user.getValue(), person.getValue());
        grid.setItems(rows);
        boolean filtered = !user.getValue().isBlank() || !person.getValue().isBlank();
        empty.setText(rows.isEmpty() ? getTranslation(filtered ? "privacy.journal.empty.filtered" : "privacy.journal.empty") : "");
        empty.setVisible(rows.isEmpty());
        grid.setVisible(!rows.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.parametres.journalAcces");
    }
}
