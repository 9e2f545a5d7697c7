package org.preau.pupil.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.preau.pupil.PupilFileRefusedException;
import org.preau.pupil.PupilImportPreview;

import java.util.List;
import java.util.Map;

/** What a pupil CSV will change: counts, pupils per class, then the arrivals, leavers, changes and warnings. */
class PupilPreviewPanel extends Div {

    PupilPreviewPanel(PupilImportPreview p) {
        setId("pupils-preview-panel");
        Paragraph summary = new Paragraph(getTranslation("pupilImport.preview", p.fileName(), p.schoolYear(), p.lines(),
                p.arrivals().size(), p.leavers().size(), p.changes().size(), p.unchanged(), p.warnings().size()));
        summary.setId("pupils-summary");
        add(summary);
        if (!p.warnings().isEmpty()) {
            Grid<PupilFileRefusedException.Problem> warnings = new Grid<>();
            warnings.setId("pupils-warnings");
            warnings.setEmptyStateText(getTranslation("pupilImport.warnings.empty"));
            warnings.addThemeVariants(GridVariant.LUMO_COMPACT);
            warnings.addColumn(w -> w.location() == null ? "" : w.location()).setHeader(getTranslation("pupilImport.column.where")).setAutoWidth(true);
            warnings.addColumn(PupilFileRefusedException.Problem::text).setHeader(getTranslation("pupilImport.column.warning")).setFlexGrow(1);
            warnings.setItems(p.warnings());
            warnings.setAllRowsVisible(true);
            add(new Details(getTranslation("pupilImport.warnings", p.warnings().size()), warnings));
        }
        Grid<Map.Entry<String, Integer>> perClass = new Grid<>();
        perClass.setId("pupils-per-class");
        perClass.setEmptyStateText(getTranslation("pupilImport.perClass.empty"));
        perClass.addThemeVariants(GridVariant.LUMO_COMPACT);
        perClass.addColumn(Map.Entry::getKey).setHeader(getTranslation("pupilImport.column.class")).setAutoWidth(true);
        perClass.addColumn(Map.Entry::getValue).setHeader(getTranslation("pupilImport.column.count")).setAutoWidth(true);
        perClass.setItems(List.copyOf(p.perClass().entrySet()));
        perClass.setAllRowsVisible(true);
        perClass.setMaxWidth("24rem");
        Details classes = new Details(getTranslation("pupilImport.perClass", p.perClass().size(), p.activeAfter()), perClass);
        classes.setOpened(true);
        add(classes);
        add(list("pupils-arrivals", getTranslation("pupilImport.arrivals", p.arrivals().size()), p.arrivals(), "pupilImport.empty.arrivals"));
        add(list("pupils-leavers", getTranslation("pupilImport.leavers", p.leavers().size()), p.leavers(), "pupilImport.empty.leavers"));
        add(list("pupils-changes", getTranslation("pupilImport.changes", p.changes().size()), p.changes(), "pupilImport.empty.changes"));
    }

    private Details list(String id, String title, List<PupilImportPreview.Line> lines, String emptyKey) {
        if (lines.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(emptyKey));
            empty.setId(id);
            return new Details(title, empty);
        }
        Grid<PupilImportPreview.Line> grid = new Grid<>();
        grid.setId(id);
        grid.setEmptyStateText(getTranslation("pupilImport.lines.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(l -> l.line() == 0 ? "—" : String.valueOf(l.line())).setHeader(getTranslation("pupilImport.column.line")).setAutoWidth(true);
        grid.addColumn(PupilImportPreview.Line::name).setHeader(getTranslation("pupilImport.column.name")).setAutoWidth(true);
        grid.addColumn(PupilImportPreview.Line::detail).setHeader(getTranslation("pupilImport.column.detail")).setFlexGrow(1);
        grid.setItems(lines);
        grid.setHeight(Math.min(12, lines.size() + 1) * 2.5 + "rem");
        return new Details(title, grid);
    }
}
