package org.preau.learner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.establishment.PreauModule;
import org.preau.establishment.RequiresModule;
import org.preau.establishment.EtablissementClock;
import org.preau.establishment.SchoolYearException;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.Headcounts;
import org.preau.learner.MefCatalog;
import org.preau.learner.MefView;
import org.preau.security.Roles;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Élèves › Effectifs: the active pupils of the year per division and per MEF, with what the latest
 * BEE import changed (as SCONET's "effectifs par structure"). Printable as it stands.
 */
@Route("eleves/effectifs")
@Menu(order = 205, title = "nav.eleves.effectifs")
@RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR})
@RequiresModule(PreauModule.SIECLE)
public class EffectifsView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    final Paragraph summary = new Paragraph();
    final Grid<Headcounts.Line> divisions = new Grid<>();
    final Grid<Headcounts.Line> mefs = new Grid<>();
    final Button print = new Button();

    public EffectifsView(Headcounts headcounts, SchoolYearService years, MefCatalog catalog, EtablissementClock clock) {
        addClassName("effectifs-view");
        SchoolYearView year;
        try {
            year = years.requireCurrent();
        } catch (SchoolYearException e) {
            add(new Paragraph(getTranslation(e.messageKey(), e.arguments())));
            return;
        }
        Headcounts.Table table = headcounts.of(year.id());
        Map<String, MefView> known = catalog.all();
        summary.setId("effectifs-summary");
        summary.setText(getTranslation("effectifs.summary", year.label(), table.total())
                + " " + (table.lastImport() == null ? getTranslation("effectifs.noImport")
                : getTranslation("effectifs.lastImport", WHEN.format(table.lastImport().atZone(clock.zone())))));

        print.setText(getTranslation("effectifs.print"));
        print.setIcon(VaadinIcon.PRINT.create());
        print.setId("effectifs-print");
        print.addClassName("no-print");
        print.addClickListener(e -> getElement().executeJs("window.print()"));

        divisions.setId("effectifs-divisions");
        divisions.addColumn(l -> l.code().isEmpty() ? getTranslation("effectifs.noDivision") : l.code())
                .setHeader(getTranslation("effectifs.column.division")).setFlexGrow(1);
        columns(divisions);
        divisions.setItems(table.divisions());

        mefs.setId("effectifs-mefs");
        mefs.addColumn(l -> known.containsKey(l.code()) ? known.get(l.code()).label() : l.code())
                .setTooltipGenerator(Headcounts.Line::code)
                .setHeader(getTranslation("effectifs.column.mef")).setFlexGrow(2);
        mefs.addColumn(l -> known.containsKey(l.code()) && known.get(l.code()).formation() != null ? known.get(l.code()).formation() : "")
                .setHeader(getTranslation("effectifs.column.formation")).setAutoWidth(true);
        columns(mefs);
        mefs.setItems(table.mefs());

        for (Grid<Headcounts.Line> grid : List.of(divisions, mefs)) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setAllRowsVisible(true);
            grid.setEmptyStateText(getTranslation("effectifs.empty"));
        }
        add(summary, print, new H3(getTranslation("effectifs.byDivision")), divisions, new H3(getTranslation("effectifs.byMef")), mefs);
    }

    private void columns(Grid<Headcounts.Line> grid) {
        grid.addColumn(Headcounts.Line::pupils).setHeader(getTranslation("effectifs.column.pupils")).setAutoWidth(true);
        grid.addColumn(l -> l.change() == null ? "—" : l.change() > 0 ? "+" + l.change() : String.valueOf(l.change()))
                .setHeader(getTranslation("effectifs.column.change")).setAutoWidth(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("effectifs.title");
    }
}
