package org.preau.switchover.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.preau.base.ui.Notify;
import org.preau.pupil.InvalidPupilException;
import org.preau.pupil.MoveUp;
import org.preau.pupil.MoveUpDecision;
import org.preau.pupil.MoveUpPlan;

import java.util.List;
import java.util.Map;

/**
 * A Belgian school's move-up before it runs: the pupils per class of the new year, then each
 * pupil's proposal (next level, same implantation; P6 and the last secondary year leave), which
 * the secretary or director may change: kept back, another class, leaving.
 */
class MoveUpSection extends Div {

    private final MoveUp moveUp;
    private final long closingYearId;
    private final Long newYearId;

    MoveUpSection(MoveUp moveUp, MoveUpPlan plan, long closingYearId, Long newYearId) {
        this.moveUp = moveUp;
        this.closingYearId = closingYearId;
        this.newYearId = newYearId;
        setId("switchover-move-up");
        show(plan);
    }

    private void show(MoveUpPlan plan) {
        removeAll();
        add(new H4(getTranslation("moveUp.title", plan.closingYear())));
        Paragraph summary = new Paragraph(getTranslation("moveUp.summary", plan.pupils().size(), plan.movingUp(), plan.keptBack(),
                plan.leaving(), plan.alreadyEnrolled()));
        summary.setId("move-up-summary");
        add(summary);
        if (plan.pupils().isEmpty()) {
            add(new Paragraph(getTranslation("moveUp.empty")));
            return;
        }
        Grid<Map.Entry<String, Integer>> perClass = new Grid<>();
        perClass.setId("move-up-per-class");
        perClass.setEmptyStateText(getTranslation("moveUp.perClass.empty"));
        perClass.addThemeVariants(GridVariant.LUMO_COMPACT);
        perClass.addColumn(Map.Entry::getKey).setHeader(getTranslation("moveUp.column.newClass")).setAutoWidth(true);
        perClass.addColumn(Map.Entry::getValue).setHeader(getTranslation("moveUp.column.count")).setAutoWidth(true);
        perClass.setItems(List.copyOf(plan.perNewClass().entrySet()));
        perClass.setAllRowsVisible(true);
        perClass.setMaxWidth("28rem");
        add(perClass);

        Grid<MoveUpPlan.Line> pupils = new Grid<>();
        pupils.setId("move-up-pupils");
        pupils.setEmptyStateText(getTranslation("moveUp.empty"));
        pupils.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        pupils.addColumn(MoveUpPlan.Line::name).setHeader(getTranslation("moveUp.column.name")).setAutoWidth(true).setFrozen(true);
        pupils.addColumn(l -> (l.fromClass() == null ? l.fromLevel().name() : l.fromClass()) + " · " + l.implantation())
                .setHeader(getTranslation("moveUp.column.from")).setAutoWidth(true);
        pupils.addComponentColumn(this::decision).setHeader(getTranslation("moveUp.column.decision")).setAutoWidth(true);
        pupils.addColumn(l -> l.alreadyEnrolled() ? getTranslation("moveUp.already")
                        : l.leaves() ? getTranslation("moveUp.leaves") : l.toClass() == null ? l.toLevel().name() : l.toClass())
                .setHeader(getTranslation("moveUp.column.to")).setAutoWidth(true);
        pupils.setItems(plan.pupils());
        pupils.setHeight("28rem");
        add(pupils);
    }

    private Select<MoveUpDecision> decision(MoveUpPlan.Line line) {
        Select<MoveUpDecision> select = new Select<>();
        select.setItems(MoveUpDecision.values());
        select.setItemLabelGenerator(d -> getTranslation(d.translationKey()));
        select.setValue(line.decision());
        select.setEnabled(!line.alreadyEnrolled());
        select.setWidth("17em");
        select.setAriaLabel(getTranslation("moveUp.decisionFor", line.name()));
        select.addValueChangeListener(e -> {
            if (!e.isFromClient()) return;
            if (e.getValue() == MoveUpDecision.CLASSE) askClass(line, select, e.getOldValue());
            else decide(line, e.getValue(), null);
        });
        return select;
    }

    private void askClass(MoveUpPlan.Line line, Select<MoveUpDecision> select, MoveUpDecision before) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("moveUp.classFor", line.name()));
        TextField classe = new TextField(getTranslation("moveUp.class"));
        classe.setId("move-up-class");
        classe.setValue(line.toClass() == null ? "" : line.toClass());
        Button ok = new Button(getTranslation("moveUp.class.ok"), e -> {
            if (decide(line, MoveUpDecision.CLASSE, classe.getValue())) dialog.close();
        });
        ok.setId("move-up-class-ok");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("moveUp.class.cancel"), e -> {
            select.setValue(before);
            dialog.close();
        });
        dialog.add(classe);
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }

    private boolean decide(MoveUpPlan.Line line, MoveUpDecision decision, String classe) {
        try {
            moveUp.decide(closingYearId, line.learnerId(), decision, classe);
            show(moveUp.plan(closingYearId, newYearId));
            return true;
        } catch (InvalidPupilException e) {
            Notify.error(e.getMessage());
            return false;
        }
    }
}
