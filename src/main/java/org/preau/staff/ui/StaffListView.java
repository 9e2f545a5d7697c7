package org.preau.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.security.Roles;
import org.preau.staff.InvalidStaffException;
import org.preau.staff.StaffDetails;
import org.preau.staff.StaffDirectory;
import org.preau.staff.StaffListItem;
import org.preau.staff.StaffQuery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Collectors;
import org.preau.base.ui.RowOpener;

/**
 * Personnels › Liste: the staff of the establishment in the year the user works in, loaded page
 * by page, searched by name and filtered by function and status. A row opens the staff page.
 */
@Route("personnels/liste")
@Menu(order = 300, title = "nav.personnels.liste")
@RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR})
public class StaffListView extends Main implements HasDynamicTitle {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final StaffDirectory staff;
    private final SchoolYearView year;

    final TextField search = new TextField();
    final Select<String> function = new Select<>();
    final Select<StaffQuery.Status> status = new Select<>();
    final Grid<StaffListItem> grid = new Grid<>();
    final Button add = new Button();

    public StaffListView(StaffDirectory staff, SchoolYearService years, org.preau.establishment.EtablissementService establishments) {
        this.today = staff.today();
        this.staff = staff;
        this.year = years.requireCurrent();
        addClassName("staff-list-view");

        search.setId("staff-search");
        search.setLabel(getTranslation("staffList.search"));
        search.setPlaceholder(getTranslation("staffList.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        function.setId("staff-function");
        function.setLabel(getTranslation("staffList.function", year.label()));
        java.util.List<String> filterCodes = StaffDirectory.functionCodes();
        // A Belgian school finds its director by the "fonction de promotion" tick box.
        boolean belgian = establishments.currentSummary().map(e -> e.schoolSystem() == org.preau.establishment.SchoolSystem.BE).orElse(false);
        if (belgian) filterCodes.addFirst(StaffQuery.PROMOTION);
        function.setItems(filterCodes);
        function.setEmptySelectionAllowed(true);
        function.setEmptySelectionCaption(getTranslation("exchange.filter.all"));
        function.setItemLabelGenerator(code -> code == null ? getTranslation("exchange.filter.all")
                : StaffQuery.PROMOTION.equals(code) ? getTranslation("staff.field.fonctionPromotion.filter") : StaffTexts.function(this, code));
        status.setId("staff-status");
        status.setLabel(getTranslation("staffList.status"));
        status.setItems(StaffQuery.Status.values());
        status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        status.setValue(StaffQuery.Status.ALL);

        grid.setId("staff-grid");
        grid.setEmptyStateText(getTranslation("staffList.empty"));
        grid.addColumn(i -> (i.civilite() == null ? "" : StaffTexts.civilite(this, i.civilite()) + " ") + i.nomUsage())
                .setHeader(getTranslation("staff.field.nomUsage")).setAutoWidth(true);
        grid.addColumn(StaffListItem::prenom).setHeader(getTranslation("staff.field.prenom")).setAutoWidth(true);
        grid.addColumn(i -> i.functions().stream().map(c -> StaffTexts.function(this, c)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("staff.field.functions")).setAutoWidth(true);
        grid.addColumn(i -> String.join(", ", i.disciplines())).setHeader(getTranslation("staff.field.disciplines")).setAutoWidth(true);
        grid.addColumn(i -> String.join(", ", i.structures())).setHeader(getTranslation("staff.field.served")).setFlexGrow(1);
        grid.addColumn(this::statusText).setHeader(getTranslation("staffList.status")).setAutoWidth(true);
        grid.setItems(new CallbackDataProvider<>(
                query -> staff.list(query(), query.getOffset(), query.getLimit()).stream(),
                query -> staff.count(query())));
        RowOpener.onOpen(grid, row -> open(row.id()));
        grid.setHeight("36em");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);

        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        function.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add.setText(getTranslation("staffList.add"));
        add.setId("staff-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> openAddDialog());

        HorizontalLayout filters = new HorizontalLayout(search, function, status, add);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("filters");
        add(filters, grid);
    }

    StaffQuery query() {
        return new StaffQuery(search.getValue(), function.getValue(), status.getValue(), year.id());
    }

    private final LocalDate today;

    private String statusText(StaffListItem item) {
        if (item.exitDate() != null && !item.exitDate().isAfter(today)) {
            return getTranslation("staffList.left", DATE.format(item.exitDate()));
        }
        return getTranslation(item.functions().isEmpty() ? "staffList.withoutFunction" : "staffList.inFunction");
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(StaffPageView.class, new RouteParameters("id", String.valueOf(id))));
    }

    /** Hand entry: a name and a function are enough, the rest is filled on the staff page. */
    private void openAddDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("staff-add-dialog");
        dialog.setHeaderTitle(getTranslation("staffList.add"));
        TextField nom = new TextField(getTranslation("staff.field.nomUsage"));
        nom.setId("add-nom");
        TextField prenom = new TextField(getTranslation("staff.field.prenom"));
        prenom.setId("add-prenom");
        Select<String> fn = new Select<>();
        fn.setId("add-function");
        fn.setLabel(getTranslation("staffList.function", year.label()));
        fn.setItems(StaffDirectory.functionCodes());
        fn.setItemLabelGenerator(code -> StaffTexts.function(this, code));
        fn.setValue("ENS");
        Button save = new Button(getTranslation("action.valider"), click -> {
            StaffDetails details = new StaffDetails();
            details.setNomUsage(nom.getValue());
            details.setPrenom(prenom.getValue());
            details.setSchoolYearId(year.id());
            if (fn.getValue() != null) details.setFunctions(Set.of(fn.getValue()));
            try {
                StaffDetails created = staff.create(details);
                dialog.close();
                open(created.getId());
            } catch (InvalidStaffException e) {
                e.violations().forEach(v -> {
                    TextField field = v.field().equals("prenom") ? prenom : nom;
                    field.setErrorMessage(getTranslation(v.messageKey(), v.arguments().toArray()));
                    field.setInvalid(true);
                });
            }
        });
        save.setId("add-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new FormLayout(nom, prenom, fn));
        dialog.getFooter().add(new Button(getTranslation("staffImport.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staffList.title");
    }
}
