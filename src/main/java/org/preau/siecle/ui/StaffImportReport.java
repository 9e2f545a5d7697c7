package org.preau.siecle.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.preau.exchange.ExchangeMessage;
import org.preau.staff.StaffChange;
import org.preau.staff.StaffImportPreview;
import org.preau.staff.StaffLine;

import java.util.List;

/** The preview of a staff import: counts, warnings, arrivals, leavers and changes (empty lists hidden). */
class StaffImportReport extends Div {

    final Div counts = new Div();
    final Grid<StaffLine> arrivals = lineGrid("import-arrivals");
    final Grid<StaffLine> leavers = lineGrid("import-leavers");
    final Grid<StaffChange> changes = new Grid<>();
    final Grid<ExchangeMessage> warnings = new Grid<>();

    StaffImportReport(StaffImportPreview read) {
        counts.setId("import-counts");
        counts.addClassName("import-counts");
        read.counts().forEach((name, value) -> {
            Span count = new Span(name + " : " + value);
            count.addClassName("count-badge");
            counts.add(count);
        });
        if (read.changesNothing()) counts.add(new Paragraph(getTranslation("staffImport.preview.nothing")));

        changes.setId("import-changes");
        changes.setEmptyStateText(getTranslation("staffImport.changes.empty"));
        changes.addColumn(c -> c.person().nomUsage()).setHeader(getTranslation("staff.field.nomUsage")).setAutoWidth(true);
        changes.addColumn(c -> c.person().prenom()).setHeader(getTranslation("staff.field.prenom")).setAutoWidth(true);
        changes.addColumn(c -> c.person().externalId()).setHeader(getTranslation("staffImport.column.id")).setAutoWidth(true);
        changes.addColumn(c -> String.join(" ; ", c.changes())).setHeader(getTranslation("staffImport.column.changes")).setFlexGrow(1);
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        warnings.setId("import-warnings");
        warnings.setEmptyStateText(getTranslation("staffImport.warnings.empty"));
        warnings.addColumn(m -> getTranslation(m.severity().translationKey())).setHeader(getTranslation("exchange.column.severity")).setAutoWidth(true);
        warnings.addColumn(ExchangeMessage::text).setHeader(getTranslation("exchange.column.message")).setFlexGrow(1);
        warnings.addColumn(m -> m.location() == null ? "" : m.location()).setHeader(getTranslation("exchange.column.location")).setAutoWidth(true);
        warnings.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        add(new H3(getTranslation("staffImport.preview.title")), counts,
                titled("staffImport.preview.warnings", warnings, read.warnings()), titled("staffImport.preview.arrivals", arrivals, read.arrivals()),
                titled("staffImport.preview.leavers", leavers, read.leavers()), titled("staffImport.preview.changes", changes, read.changes()));
    }

    /** A titled list, hidden when empty; short lists show whole, long ones (a first import) scroll in a fixed height. */
    private <T> Component titled(String key, Grid<T> grid, List<T> items) {
        grid.setItems(items);
        boolean whole = items.size() <= 12;
        grid.setAllRowsVisible(whole);
        if (!whole) grid.setHeight("24em");
        Div box = new Div(new H3(getTranslation(key)), grid);
        box.addClassName("preview-list");
        box.setVisible(!items.isEmpty());
        return box;
    }

    private Grid<StaffLine> lineGrid(String id) {
        Grid<StaffLine> grid = new Grid<>();
        grid.setId(id);
        grid.setEmptyStateText(getTranslation("staffImport.lines.empty"));
        grid.addColumn(StaffLine::nomUsage).setHeader(getTranslation("staff.field.nomUsage")).setAutoWidth(true);
        grid.addColumn(StaffLine::prenom).setHeader(getTranslation("staff.field.prenom")).setAutoWidth(true);
        grid.addColumn(StaffLine::externalId).setHeader(getTranslation("staffImport.column.id")).setAutoWidth(true);
        grid.addColumn(StaffLine::functionCode).setHeader(getTranslation("staff.field.functions")).setFlexGrow(1);
        return grid;
    }
}
