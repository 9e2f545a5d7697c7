package org.preau.switchover.ui;

import com.vaadin.flow.component.grid.Grid;
import org.preau.staff.CarryOverLine;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** The staff lines of a switchover, person by person: what the preview plans and what the run did. */
class CarryOverGrid extends Grid<CarryOverLine> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    CarryOverGrid(List<CarryOverLine> lines, String id) {
        setId(id);
        setEmptyStateText(getTranslation("switchover.staff.empty"));
        addColumn(CarryOverLine::nomUsage).setHeader(getTranslation("staff.field.nomUsage")).setAutoWidth(true);
        addColumn(CarryOverLine::prenom).setHeader(getTranslation("staff.field.prenom")).setAutoWidth(true);
        addColumn(l -> String.join(", ", l.functions())).setHeader(getTranslation("staff.field.functions")).setAutoWidth(true);
        addColumn(l -> getTranslation(l.outcome().translationKey())
                + (l.exitDate() == null ? "" : " (" + getTranslation("schoolYears.exit", DATE.format(l.exitDate())) + ")"))
                .setHeader(getTranslation("schoolYears.column.outcome")).setFlexGrow(1);
        setItems(lines);
        setAllRowsVisible(lines.size() <= 20);
        if (lines.isEmpty()) setVisible(false);
    }
}
