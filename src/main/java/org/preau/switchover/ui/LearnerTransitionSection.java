package org.preau.switchover.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import org.preau.learner.YearTransition;

/**
 * The switchover's preview of a French school's learners per division of the closing year: who
 * moves up, stays on the same MEF, leaves; before the new year's SIECLE import, only how many are
 * not known yet, with the advice to import first.
 */
class LearnerTransitionSection extends Div {

    LearnerTransitionSection(YearTransition t, String newYearLabel) {
        setId("switchover-learners");
        add(new H4(getTranslation("schoolYears.learners.title")));
        if (!t.newYearImported()) {
            Div advice = new Div(new Span(getTranslation("schoolYears.learners.importFirst", newYearLabel)));
            advice.addClassName("backup-advice");
            add(advice);
        }
        Grid<YearTransition.DivisionTransition> grid = new Grid<>();
        grid.setId("switchover-learners-grid");
        grid.setEmptyStateText(getTranslation("switchover.learners.empty"));
        grid.addColumn(d -> d.division() == null ? getTranslation("schoolYears.learners.noDivision") : d.division())
                .setHeader(getTranslation("schoolYears.learners.division")).setAutoWidth(true);
        grid.addColumn(YearTransition.DivisionTransition::active).setHeader(getTranslation("schoolYears.learners.active")).setAutoWidth(true);
        if (t.newYearImported()) {
            grid.addColumn(YearTransition.DivisionTransition::movingUp).setHeader(getTranslation("schoolYears.learners.movingUp")).setAutoWidth(true);
            grid.addColumn(YearTransition.DivisionTransition::sameMef).setHeader(getTranslation("schoolYears.learners.sameMef")).setAutoWidth(true);
            grid.addColumn(YearTransition.DivisionTransition::leaving).setHeader(getTranslation("schoolYears.learners.leaving")).setAutoWidth(true);
        } else {
            grid.addColumn(YearTransition.DivisionTransition::notYetKnown).setHeader(getTranslation("schoolYears.learners.notYetKnown")).setAutoWidth(true);
        }
        grid.setItems(t.perDivision());
        grid.setAllRowsVisible(t.perDivision().size() <= 15);
        if (t.perDivision().isEmpty()) grid.setVisible(false);
        add(grid);
    }
}
