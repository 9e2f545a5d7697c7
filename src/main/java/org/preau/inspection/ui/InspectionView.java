package org.preau.inspection.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.base.ui.Sections;
import org.preau.inspection.GrantedDiploma;
import org.preau.inspection.InspectorConsole;
import org.preau.learner.LearnerFilter;
import org.preau.learner.LearnerRow;
import org.preau.learner.LearnerService;
import org.preau.learner.LearnerStatus;
import org.preau.security.Roles;
import org.springframework.security.access.AccessDeniedException;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.preau.base.ui.RowOpener;

/**
 * The inspector console: the diplomas granted to the inspector across their establishments; for
 * the chosen one, its learners of the year (search by name or INE, division and status filters),
 * each opening a read-only page. Every read goes through the learner services, which check the
 * grant again, so a revocation empties the list at the next search or click.
 */
@Route("inspection")
@Menu(order = 100, title = "nav.inspection")
@RolesAllowed(Roles.INSPECTOR)
public class InspectionView extends Main implements HasDynamicTitle {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final InspectorConsole console;
    private final LearnerService learners;
    final Grid<GrantedDiploma> diplomas = new Grid<>();
    final Grid<LearnerRow> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<String> division = new Select<>();
    final Select<LearnerStatus> status = new Select<>();
    final Paragraph message = new Paragraph();
    private GrantedDiploma chosen;
    private final Section learnersSection;

    public InspectionView(InspectorConsole console, LearnerService learners) {
        this.console = console;
        this.learners = learners;
        addClassName("inspection-view");

        List<GrantedDiploma> granted = console.granted();
        diplomas.setId("granted-diplomas");
        diplomas.setEmptyStateText(getTranslation("inspection.diplomas.empty"));
        diplomas.addThemeVariants(GridVariant.LUMO_COMPACT);
        diplomas.addColumn(GrantedDiploma::establishmentName).setHeader(getTranslation("inspection.console.establishment")).setFlexGrow(1);
        diplomas.addColumn(GrantedDiploma::label).setHeader(getTranslation("inspection.console.diploma")).setFlexGrow(1);
        diplomas.setItems(granted);
        diplomas.setAllRowsVisible(true);
        diplomas.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::choose));

        search.setId("learner-search");
        search.setPlaceholder(getTranslation("inspection.console.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> reload());
        division.setId("learner-division-filter");
        division.setLabel(getTranslation("learners.filter.division"));
        division.setEmptySelectionAllowed(true);
        division.setEmptySelectionCaption(getTranslation("inspection.console.allDivisions"));
        division.addValueChangeListener(e -> reload());
        status.setId("learner-status-filter");
        status.setLabel(getTranslation("learners.filter.status"));
        status.setItems(LearnerStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        status.setValue(LearnerStatus.ACTIVE);
        status.addValueChangeListener(e -> reload());

        grid.setId("inspection-learners");
        grid.setEmptyStateText(getTranslation("inspection.learners.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LearnerRow::displayName).setHeader(getTranslation("learners.column.nom")).setFlexGrow(1);
        grid.addColumn(LearnerRow::prenom).setHeader(getTranslation("learners.column.prenom")).setFlexGrow(1);
        grid.addColumn(LearnerRow::ine).setHeader(getTranslation("learners.column.ine")).setAutoWidth(true);
        grid.addColumn(LearnerRow::division).setHeader(getTranslation("learners.column.division")).setAutoWidth(true);
        grid.addColumn(LearnerRow::formation).setHeader(getTranslation("learners.column.formation")).setAutoWidth(true);
        grid.addColumn(r -> r.active() ? getTranslation("learners.active")
                        : r.exitDate() == null ? getTranslation("learners.left") : getTranslation("learners.leftOn", DATE.format(r.exitDate())))
                .setHeader(getTranslation("learners.column.status")).setAutoWidth(true);
        RowOpener.onOpen(grid, row -> getUI().ifPresent(ui -> ui.navigate(InspectionLearnerView.class, row.id())));
        grid.setHeight("28rem");

        message.setId("inspection-message");
        HorizontalLayout filters = new HorizontalLayout(search, division, status);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        learnersSection = new Section(new H3(getTranslation("inspection.console.learners")), filters, grid);
        learnersSection.setVisible(false);

        Paragraph note = new Paragraph(getTranslation(granted.isEmpty() ? "inspection.console.none" : "inspection.console.note"));
        note.addClassName("note");
        note.setId("inspection-note");
        add(note, Sections.titled(getTranslation("inspection.console.granted"), diplomas), message, learnersSection);
        if (granted.size() == 1) diplomas.select(granted.getFirst());
    }

    private void choose(GrantedDiploma diploma) {
        try {
            console.open(diploma.establishmentId(), diploma.diplomaCode());
        } catch (AccessDeniedException e) {
            revoked();
            return;
        }
        chosen = diploma;
        message.setText("");
        ((H3) learnersSection.getChildren().findFirst().orElseThrow())
                .setText(getTranslation("inspection.console.learnersOf", diploma.label(), diploma.establishmentName()));
        division.setItems(learners.divisions());
        learnersSection.setVisible(true);
        reload();
    }

    private void reload() {
        if (chosen == null) return;
        GrantedDiploma current = chosen;
        // The learner service would return nothing anyway; asking first lets the page say why.
        if (console.granted().stream().noneMatch(g -> g.establishmentId() == current.establishmentId()
                && g.diplomaCode().equals(current.diplomaCode()))) {
            revoked();
            return;
        }
        grid.setItems(query -> {
            try {
                return learners.page(filter(), query.getOffset(), query.getLimit()).stream();
            } catch (AccessDeniedException e) {
                return java.util.stream.Stream.empty();
            }
        });
    }

    LearnerFilter filter() {
        return new LearnerFilter(division.getValue(), chosen.diplomaCode(), status.getValue(), search.getValue());
    }

    private void revoked() {
        chosen = null;
        learnersSection.setVisible(false);
        message.setText(getTranslation("inspection.console.revoked"));
        diplomas.setItems(console.granted());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inspection");
    }
}
