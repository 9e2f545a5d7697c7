package org.preau.siecle.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.preau.exchange.ExchangeMessage;
import org.preau.siecle.ImportKind;
import org.preau.siecle.ImportPreview;
import org.preau.siecle.PreviewLine;

import java.util.List;
import java.util.Map;

/**
 * What a SIECLE import would do or did: the summary, the exact counts, the active pupils per
 * division, and the lists of arrivals, leavers, changes and warnings (long lists folded).
 */
class ImportReport extends Div {

    private static final String COUNT_KEY = "import.count.";
    private static final String[] COUNTS_BEE = {"eleves_in_file", "active_pupils", "left_in_file", "active_without_division",
            "divisions", "groups", "active_before", "arrivals", "reactivated", "continuing", "leavers", "leavers_absent_from_file",
            "leavers_with_date_sortie", "division_changes", "mef_changes", "name_changes", "unchanged", "warnings"};
    private static final String[] COUNTS_NOMENCLATURE = {"mefs_in_file", "mefs_added", "mefs_changed", "mefs_unchanged",
            "mefs_absent_kept", "warnings"};

    ImportReport(ImportPreview preview) {
        Paragraph summary = new Paragraph(preview.summary());
        summary.setId("import-summary");
        summary.getStyle().set("font-weight", "600");
        add(summary, counts(preview));
        boolean bee = preview.kind() == ImportKind.SIECLE_BEE;
        String prefix = bee ? "import.list." : "import.list.mef.";
        add(lines(prefix + "arrivals", preview.arrivals(), "import-arrivals"),
                lines(prefix + "leavers", preview.leavers(), "import-leavers"),
                lines(prefix + "changes", preview.changes(), "import-changes"));
        if (!preview.warnings().isEmpty()) add(messages(preview.warnings()));
    }

    private Component counts(ImportPreview preview) {
        Div counts = new Div();
        counts.setId("import-counts");
        counts.addClassName("import-counts");
        counts.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(17em, 1fr))")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)");
        for (String name : preview.kind() == ImportKind.SIECLE_BEE ? COUNTS_BEE : COUNTS_NOMENCLATURE) {
            Span value = new Span(String.valueOf(preview.count(name)));
            value.getStyle().set("font-weight", "600");
            Div count = new Div(new Span(getTranslation(COUNT_KEY + name)), value);
            count.addClassName("import-count");
            count.getStyle().set("display", "flex").set("justify-content", "space-between").set("gap", "var(--lumo-space-s)")
                    .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("background", "var(--lumo-contrast-5pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)");
            count.getElement().setAttribute("data-count", name);
            counts.add(count);
        }
        if (preview.perDivision().isEmpty()) return counts;
        Grid<Map.Entry<String, Integer>> grid = new Grid<>();
        grid.setId("import-per-division");
        grid.setEmptyStateText(getTranslation("import.perDivision.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Map.Entry::getKey).setHeader(getTranslation("import.column.division"));
        grid.addColumn(Map.Entry::getValue).setHeader(getTranslation("import.column.activePupils"));
        grid.setItems(List.copyOf(preview.perDivision().entrySet()));
        fold(grid, preview.perDivision().size());
        Details perDivision = new Details(getTranslation("import.perDivision", preview.perDivision().size()), grid);
        perDivision.setOpened(preview.perDivision().size() <= 10);
        perDivision.setWidthFull();
        return new Div(counts, perDivision);
    }

    private Component lines(String titleKey, List<PreviewLine> lines, String id) {
        Grid<PreviewLine> grid = new Grid<>();
        grid.setId(id);
        grid.setEmptyStateText(getTranslation("import.lines.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PreviewLine::name).setHeader(getTranslation("import.column.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(PreviewLine::key).setHeader(getTranslation("import.column.key")).setAutoWidth(true);
        grid.addColumn(PreviewLine::division).setHeader(getTranslation("import.column.division")).setAutoWidth(true);
        grid.addColumn(PreviewLine::detail).setHeader(getTranslation("import.column.detail")).setFlexGrow(2);
        grid.setItems(lines);
        fold(grid, lines.size());
        Details details = new Details(getTranslation(titleKey, lines.size()), grid);
        details.setOpened(!lines.isEmpty() && lines.size() <= 50);
        details.setWidthFull();
        return details;
    }

    private Component messages(List<ExchangeMessage> messages) {
        Grid<ExchangeMessage> grid = new Grid<>();
        grid.setId("import-warnings");
        grid.setEmptyStateText(getTranslation("import.warnings.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ExchangeMessage::text).setHeader(getTranslation("import.column.message")).setFlexGrow(3);
        grid.addColumn(m -> m.location() == null ? "" : m.location()).setHeader(getTranslation("import.column.location")).setFlexGrow(1);
        grid.setItems(messages);
        fold(grid, messages.size());
        Details details = new Details(getTranslation("import.warnings", messages.size()), grid);
        details.setOpened(true);
        details.setWidthFull();
        return details;
    }

    /** Short lists show whole; long ones (thousands of arrivals on a first import) scroll in a fixed height. */
    private static void fold(Grid<?> grid, int size) {
        grid.setAllRowsVisible(size <= 10);
        if (size > 10) grid.setHeight("22em");
    }
}
