package org.preau.switchover.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.establishment.SchoolYearException;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.pupil.MoveUp;
import org.preau.security.Roles;
import org.preau.staff.CarryOverLine;
import org.preau.switchover.SwitchoverPlan;
import org.preau.switchover.SwitchoverResult;
import org.preau.switchover.SwitchoverService;

import java.util.List;

/**
 * Paramètres › Années scolaires: the establishment's years with their state, and the director's
 * switchover wizard in three steps: what will happen (a backup is advised), every change, then
 * the run with a result per person.
 */
@Route("parametres/annees-scolaires")
@Menu(order = 925, title = "nav.parametres.anneesScolaires")
@RolesAllowed(Roles.DIRECTOR)
public class SchoolYearsView extends Main implements HasDynamicTitle {

    private final SchoolYearService years;
    private final SwitchoverService switchover;

    final Grid<SchoolYearView> yearGrid = new Grid<>();
    final Button start = new Button();
    final Section wizard = new Section();
    final OrderedList steps = new OrderedList();
    final Div stepContent = new Div();
    final Checkbox understood = new Checkbox();
    final Button next = new Button();
    final Button run = new Button();
    SwitchoverPlan plan;
    SwitchoverResult result;
    int step;

    private final MoveUp moveUp;

    public SchoolYearsView(SchoolYearService years, SwitchoverService switchover, MoveUp moveUp) {
        this.moveUp = moveUp;
        this.years = years;
        this.switchover = switchover;
        addClassName("school-years-view");

        yearGrid.setId("year-grid");
        yearGrid.setEmptyStateText(getTranslation("schoolYears.empty"));
        yearGrid.addColumn(SchoolYearView::label).setHeader(getTranslation("schoolYears.column.year")).setAutoWidth(true);
        yearGrid.addComponentColumn(this::stateBadge).setHeader(getTranslation("schoolYears.column.state")).setAutoWidth(true);
        yearGrid.addColumn(y -> getTranslation(meaningKey(y))).setHeader(getTranslation("schoolYears.column.meaning")).setFlexGrow(1);
        yearGrid.setAllRowsVisible(true);
        refreshYears();

        start.setText(getTranslation("schoolYears.start"));
        start.setId("switchover-start");
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.addClickListener(e -> showStep(1));

        wizard.setId("switchover-wizard");
        wizard.addClassName("wizard");
        steps.addClassName("wizard-steps");
        for (String key : List.of("schoolYears.step1", "schoolYears.step2", "schoolYears.step3")) steps.add(new ListItem(getTranslation(key)));
        wizard.add(steps, stepContent);
        wizard.setVisible(false);

        understood.setLabel(getTranslation("schoolYears.understood"));
        understood.setId("switchover-understood");
        understood.addValueChangeListener(e -> next.setEnabled(e.getValue()));
        next.setText(getTranslation("schoolYears.next"));
        next.setId("switchover-next");
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClickListener(e -> showStep(2));
        run.setId("switchover-run");
        run.addThemeVariants(ButtonVariant.PRIMARY);
        run.addClickListener(e -> {
            result = switchover.run();
            showStep(3);
        });

        Paragraph note = new Paragraph(getTranslation("schoolYears.note"));
        note.addClassName("note");
        add(note, yearGrid, start, wizard);
    }

    private Span stateBadge(SchoolYearView y) {
        Span badge = new Span(getTranslation(y.state().translationKey()));
        badge.addClassName("status-badge");
        badge.addClassName("state-" + y.state().name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    private static String meaningKey(SchoolYearView year) {
        return "schoolYears.meaning." + year.state().name();
    }

    private void refreshYears() {
        yearGrid.setItems(years.list());
    }

    void showStep(int number) {
        step = number;
        wizard.setVisible(true);
        start.setVisible(false);
        for (int i = 0; i < steps.getComponentCount(); i++) {
            steps.getComponentAt(i).getElement().getClassList().set("current", i == number - 1);
            steps.getComponentAt(i).getElement().getClassList().set("done", i < number - 1);
        }
        stepContent.removeAll();
        try {
            switch (number) {
                case 1 -> confirmStep();
                case 2 -> previewStep();
                default -> resultStep();
            }
        } catch (SchoolYearException e) {
            stepContent.add(error(getTranslation(e.messageKey(), e.arguments())), buttons(cancelButton()));
        }
    }

    /** Step 1: what will happen, and the advice to back up first. */
    private void confirmStep() {
        plan = switchover.plan();
        String closing = plan.closing().map(SchoolYearView::label).orElse(null);
        UnorderedList what = new UnorderedList(
                new ListItem(closing == null ? getTranslation("schoolYears.what.noClose") : getTranslation("schoolYears.what.close", closing)),
                new ListItem(getTranslation(plan.prepared().isPresent() ? "schoolYears.what.startPrepared" : "schoolYears.what.create", plan.newYearLabel())),
                new ListItem(getTranslation("schoolYears.what.staff", plan.newYearLabel())),
                new ListItem(getTranslation("schoolYears.what.learners")));
        Div backup = new Div(new Span(getTranslation("schoolYears.backup")));
        backup.addClassName("backup-advice");
        understood.setValue(false);
        next.setEnabled(false);
        stepContent.add(new H3(getTranslation("schoolYears.step1")), what, backup, understood, buttons(cancelButton(), next));
    }

    /** Step 2: every change, person by person, before anything is written. */
    private void previewStep() {
        plan = switchover.plan();
        long carried = plan.carried();
        long left = plan.staff().stream().filter(l -> l.outcome() == CarryOverLine.Outcome.LEFT).count();
        long kept = plan.staff().stream().filter(l -> l.outcome() == CarryOverLine.Outcome.ALREADY_SET).count();
        UnorderedList summary = new UnorderedList(
                new ListItem(plan.closing().map(c -> getTranslation("schoolYears.preview.closed", c.label())).orElse(getTranslation("schoolYears.what.noClose"))),
                new ListItem(getTranslation("schoolYears.preview.opened", plan.newYearLabel())),
                new ListItem(getTranslation("schoolYears.preview.staff", carried, left, kept)),
                new ListItem(learnersSummary()));
        summary.setId("switchover-summary");
        Grid<CarryOverLine> grid = new CarryOverGrid(plan.staff(), "switchover-preview");
        Button back = new Button(getTranslation("schoolYears.previous"), e -> showStep(1));
        run.setText(getTranslation("schoolYears.run", plan.newYearLabel()));
        stepContent.add(new H3(getTranslation("schoolYears.step2")), summary, grid);
        if (plan.moveUp().isPresent()) {
            // a Belgian school moves its own pupils up; SIECLE's learner transition does not apply
            stepContent.add(new MoveUpSection(moveUp, plan.moveUp().get(), plan.closing().orElseThrow().id(),
                    plan.prepared().map(SchoolYearView::id).orElse(null)));
        } else {
            plan.learners().ifPresent(t -> stepContent.add(new LearnerTransitionSection(t, plan.newYearLabel())));
        }
        stepContent.add(buttons(cancelButton(), back, run));
    }

    /** Step 3: what was done, person by person. */
    private void resultStep() {
        Paragraph done = new Paragraph(getTranslation("schoolYears.result", result.started().label())
                + result.closed().map(c -> " " + getTranslation("schoolYears.result.closed", c.label())).orElse(""));
        done.setId("switchover-result");
        result.moveUp().ifPresent(m -> done.add(" " + getTranslation("moveUp.done", m.movingUp(), m.keptBack(), m.leaving())));
        Grid<CarryOverLine> grid = new CarryOverGrid(result.staff(), "switchover-result-grid");
        Button finish = new Button(getTranslation("schoolYears.finish"), e -> getUI().ifPresent(ui -> ui.getPage().reload()));
        finish.setId("switchover-finish");
        finish.addThemeVariants(ButtonVariant.PRIMARY);
        refreshYears();
        stepContent.add(new H3(getTranslation("schoolYears.step3")), done, grid, buttons(finish));
        Notification.show(getTranslation("schoolYears.result", result.started().label()), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    private String learnersSummary() {
        if (plan.moveUp().isPresent()) {
            var m = plan.moveUp().get();
            return getTranslation("moveUp.summary", m.pupils().size(), m.movingUp(), m.keptBack(), m.leaving(), m.alreadyEnrolled());
        }
        return plan.learners().map(t -> t.newYearImported()
                        ? getTranslation("schoolYears.preview.learners.imported", t.activeInClosing(), t.continuing(), t.movingUp(),
                        t.sameMef(), t.leaving(), t.arrivals())
                        : getTranslation("schoolYears.preview.learners.notImported", t.activeInClosing(), plan.newYearLabel()))
                .orElse(getTranslation("schoolYears.preview.learners.none"));
    }

    private Button cancelButton() {
        Button cancel = new Button(getTranslation("staffImport.cancel"), e -> {
            wizard.setVisible(false);
            start.setVisible(true);
            stepContent.removeAll();
        });
        cancel.setId("switchover-cancel");
        return cancel;
    }

    private static Component buttons(Component... buttons) {
        HorizontalLayout row = new HorizontalLayout(buttons);
        row.addClassName("wizard-buttons");
        return row;
    }

    private static Div error(String message) {
        Div error = new Div(new Span(message));
        error.addClassName("import-refusal");
        return error;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schoolYears.title");
    }
}
