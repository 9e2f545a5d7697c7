package org.preau.learner.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.SchoolYearException;
import org.preau.learner.LearnerFilter;
import org.preau.learner.LearnerRow;
import org.preau.learner.LearnerService;
import org.preau.learner.LearnerStatus;
import org.preau.learner.MefView;
import org.preau.security.Roles;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.preau.base.ui.RowOpener;

/**
 * Élèves › Liste: the learners of the school year, loaded page by page as the grid scrolls
 * (no total is counted), filtered by division, diploma and status, searched by name or INE.
 * A teacher sees the learners of their divisions only.
 */
@Route("eleves/liste")
@Menu(order = 200, title = "nav.eleves.liste")
@RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR, Roles.TEACHER})
public class LearnerListView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LearnerService learners;
    final ComboBox<String> division = new ComboBox<>();
    final ComboBox<MefView> diploma = new ComboBox<>();
    final Select<LearnerStatus> status = new Select<>();
    final TextField search = new TextField();
    final Grid<LearnerRow> grid = new Grid<>();

    /** A Belgian school's pupils have a class, no INE and no MEF or diploma. */
    private final boolean french;
    /** The divisions offered by the filter: a link's {@code ?division=} is taken only when it names one of them. */
    private List<String> divisions = List.of();

    public LearnerListView(LearnerService learners, EtablissementService establishments) {
        this.learners = learners;
        this.french = establishments.currentSummary().map(s -> s.schoolSystem() == SchoolSystem.FR).orElse(true);
        addClassName("learner-list-view");
        try {
            divisions = learners.divisions();
            division.setItems(divisions);
            diploma.setItems(learners.diplomas());
        } catch (SchoolYearException e) {
            add(new Paragraph(getTranslation(e.messageKey(), e.arguments())));
            return;
        }
        division.setId("filter-division");
        division.setLabel(getTranslation(french ? "learners.filter.division" : "learners.filter.classe"));
        division.setClearButtonVisible(true);
        diploma.setId("filter-diploma");
        diploma.setLabel(getTranslation("learners.filter.diploma"));
        diploma.setItemLabelGenerator(MefView::label);
        diploma.setClearButtonVisible(true);
        diploma.setWidth("18em");
        status.setId("filter-status");
        status.setLabel(getTranslation("learners.filter.status"));
        status.setItems(LearnerStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        status.setValue(LearnerStatus.ACTIVE);
        search.setId("filter-search");
        search.setLabel(getTranslation("learners.filter.search"));
        search.setPlaceholder(getTranslation(french ? "learners.filter.search.placeholder" : "learners.filter.search.placeholder.be"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        grid.setId("learners");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LearnerRow::displayName).setHeader(getTranslation("learners.column.nom")).setAutoWidth(true);
        grid.addColumn(LearnerRow::prenom).setHeader(getTranslation("learners.column.prenom")).setAutoWidth(true);
        // Birth date and division right after the name: on a phone they tell two "DUPONT Hugo" apart without scrolling.
        grid.addColumn(r -> r.birthDate() == null ? "" : DATE.format(r.birthDate())).setHeader(getTranslation("learners.column.birthDate")).setAutoWidth(true);
        grid.addColumn(this::division).setHeader(getTranslation(french ? "learners.column.division" : "learners.column.classe")).setAutoWidth(true);
        if (french) grid.addColumn(LearnerRow::ine).setHeader(getTranslation("learners.column.ine")).setAutoWidth(true);
        if (french) {
            grid.addColumn(r -> r.formation() != null ? r.formation() : r.codeMef()).setHeader(getTranslation("learners.column.formation")).setAutoWidth(true);
        }
        grid.addColumn(this::statusOf).setHeader(getTranslation("learners.column.status")).setAutoWidth(true);
        grid.setPageSize(50);
        grid.setItems(query -> learners.page(filter(), query.getOffset(), query.getLimit()).stream());
        RowOpener.onOpen(grid, row -> getUI().ifPresent(ui -> ui.navigate(LearnerView.class, row.id())));
        grid.setHeight("70vh");
        grid.setEmptyStateText(emptyText());

        division.addValueChangeListener(e -> refresh());
        diploma.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(search, division, status);
        if (french) filters.addComponentAtIndex(2, diploma);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
    }

    /** {@code eleves/liste?division=1MELEC} (the teacher's home page) opens the list on that division. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("division", List.of());
        if (asked.size() == 1 && divisions.contains(asked.get(0))) division.setValue(asked.get(0));
    }

    LearnerFilter filter() {
        return new LearnerFilter(division.getValue(), diploma.getValue() == null ? null : diploma.getValue().codeMef(),
                status.getValue(), search.getValue());
    }

    private void refresh() {
        grid.setEmptyStateText(emptyText());
        grid.getDataProvider().refreshAll();
    }

    /** A learner received by transfer has no division yet: the secretary sees why instead of an empty cell. */
    String division(LearnerRow row) {
        return row.awaitingDivision() ? getTranslation("learners.receivedByTransfer") : row.division();
    }

    /** An empty grid says why: the search, the filters, a teacher without divisions, or no import yet. */
    String emptyText() {
        String words = search.getValue() == null ? "" : search.getValue().strip();
        if (!words.isEmpty()) return getTranslation("learners.empty.search", words);
        if (division.getValue() != null || diploma.getValue() != null || status.getValue() != LearnerStatus.ACTIVE) {
            return getTranslation("learners.empty.filters");
        }
        return getTranslation(learners.teacherOnly() ? "learners.empty.teacher" : french ? "learners.empty.none" : "learners.empty.none.be");
    }

    private String statusOf(LearnerRow row) {
        if (row.active()) return getTranslation("learners.active");
        return row.exitDate() == null ? getTranslation("learners.left") : getTranslation("learners.leftOn", DATE.format(row.exitDate()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learners.title");
    }
}
