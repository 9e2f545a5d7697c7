package org.preau.miroir.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.base.ui.UploadPreview;
import org.preau.establishment.ModuleDisabledException;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.RequiresModule;
import org.preau.establishment.SchoolYearService;
import org.preau.miroir.CapitalLine;
import org.preau.miroir.CapitalPeriodesImport;
import org.preau.miroir.CapitalPreview;
import org.preau.miroir.MiroirPupils;
import org.preau.miroir.PupilChange;
import org.preau.miroir.PupilImportPreview;
import org.preau.security.BackgroundWork;
import org.preau.security.Roles;

/**
 * Élèves › Transferts › Capital-périodes (the seed's "Assistant récupération Primver"): the
 * capital-périodes of the year the user is positioned on, and the pupil data the indicators need
 * (level, implantation, CEB). Beside the Miroir wizard rather than under Paramètres: it is yearly
 * data the wizard reads, not a setting of the school.
 */
@Route(MiroirImportView.ROUTE)
@Menu(order = 261, title = "nav.eleves.capitalPeriodes")
@RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR})
@RequiresModule(PreauModule.MIROIR)
public class MiroirImportView extends Main implements HasDynamicTitle {

    static final String ROUTE = "eleves/transferts/capital-periodes";
    /** The exchange history (a route of the exchange module), where both imports are recorded. */
    private static final String HISTORY = "echanges/historique";

    /** A Miroir CSV holds a few hundred lines: 2 Mo is far above any real file. */
    private static final int MAX_UPLOAD = 2 * 1024 * 1024;

    final UploadPreview<CapitalPreview, CapitalPreview> capital;
    final UploadPreview<PupilImportPreview, PupilImportPreview> pupils;

    public MiroirImportView(CapitalPeriodesImport capitalImport, MiroirPupils pupilImport, SchoolYearService years, ModuleSettings modules,
                            BackgroundWork background) {
        addClassName("miroir-import-view");
        pad(this);
        if (!modules.isEnabled(PreauModule.MIROIR)) {
            // until the navigation guard hides it, a school without the module sees why
            add(new Paragraph(new ModuleDisabledException(PreauModule.MIROIR).getMessage()));
            capital = null;
            pupils = null;
            return;
        }
        String year = years.requireCurrent().label();
        capital = new UploadPreview<CapitalPreview, CapitalPreview>("capital", MAX_UPLOAD, background::submit)
                .accept(".csv", ".txt")
                .uploadButton(getTranslation("miroir.capital.upload"))
                .reader((file, step) -> capitalImport.preview(file.name(), file.bytes()))
                .preview(this::capitalPreview)
                .writer((file, read, step) -> capitalImport.confirm(file.name(), file.bytes()))
                .result(p -> new Paragraph(p.unchanged() ? getTranslation("miroir.capital.result.unchanged")
                        : getTranslation("miroir.capital.result.imported", p.lines().size(), p.periodsAllotted(), p.periodsAttributed())))
                .history(p -> HISTORY);
        pupils = new UploadPreview<PupilImportPreview, PupilImportPreview>("pupils", MAX_UPLOAD, background::submit)
                .accept(".csv", ".txt")
                .uploadButton(getTranslation("miroir.pupils.upload"))
                .reader((file, step) -> pupilImport.preview(file.name(), file.bytes()))
                .preview(this::pupilPreview)
                .writer((file, read, step) -> pupilImport.confirm(file.name(), file.bytes()))
                .result(p -> new Paragraph(getTranslation("miroir.pupils.result", p.newCount() + p.changedCount())))
                .history(p -> HISTORY);

        Paragraph capitalHelp = new Paragraph(getTranslation("miroir.capital.help", year));
        note(capitalHelp);
        Paragraph pupilHelp = new Paragraph(getTranslation("miroir.pupils.help", year));
        note(pupilHelp);
        add(new H3(getTranslation("miroir.capital.title", year)), capitalHelp, format("miroir.capital.columns", "miroir.capital.example"), capital,
                new H3(getTranslation("miroir.pupils.title", year)), pupilHelp, format("miroir.pupils.columns", "miroir.pupils.example"), pupils);
    }

    private Component format(String columnsKey, String exampleKey) {
        Div format = new Div(new Paragraph(getTranslation(columnsKey)), new Pre(getTranslation(exampleKey)));
        format.addClassName("csv-format");
        return format;
    }

    private Component capitalPreview(CapitalPreview p) {
        Div box = new Div();
        box.add(new Paragraph(getTranslation("miroir.capital.preview", p.schoolYear(), p.allotmentLines(), p.periodsAllotted(),
                p.attributionLines(), p.periodsAttributed())));
        box.add(new Paragraph(p.unchanged() ? getTranslation("miroir.capital.preview.unchanged")
                : getTranslation("miroir.capital.preview.changes", p.added(), p.removed())));
        Grid<CapitalLine> grid = new Grid<>();
        grid.setId("capital-lines");
        grid.setEmptyStateText(getTranslation("miroir.capital.empty"));
        grid.addColumn(CapitalLine::lineNo).setHeader(getTranslation("miroir.column.line")).setAutoWidth(true);
        grid.addColumn(CapitalLine::implantation).setHeader(getTranslation("miroir.column.implantation")).setAutoWidth(true);
        grid.addColumn(CapitalLine::level).setHeader(getTranslation("miroir.column.level")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation(l.nature().translationKey())).setHeader(getTranslation("miroir.column.nature")).setFlexGrow(1);
        grid.addColumn(CapitalLine::periods).setHeader(getTranslation("miroir.column.periods")).setAutoWidth(true);
        grid.addColumn(l -> l.teacherName() == null ? "" : l.teacherName()).setHeader(getTranslation("miroir.column.teacher")).setAutoWidth(true);
        grid.setItems(p.lines());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        box.add(grid);
        return box;
    }

    private Component pupilPreview(PupilImportPreview p) {
        Div box = new Div();
        box.add(new Paragraph(getTranslation("miroir.pupils.preview", p.schoolYear(), p.lines().size(), p.newCount(), p.changedCount(),
                p.unchangedCount())));
        Grid<PupilChange> grid = new Grid<>();
        grid.setId("pupil-changes");
        grid.setEmptyStateText(getTranslation("miroir.pupils.empty"));
        grid.addColumn(PupilChange::lineNo).setHeader(getTranslation("miroir.column.line")).setAutoWidth(true);
        grid.addColumn(PupilChange::displayName).setHeader(getTranslation("miroir.column.name")).setAutoWidth(true);
        grid.addColumn(c -> c.before() == null ? "" : describe(c.before())).setHeader(getTranslation("miroir.pupils.before")).setFlexGrow(1);
        grid.addColumn(c -> describe(c.after())).setHeader(getTranslation("miroir.pupils.after")).setFlexGrow(1);
        grid.setItems(p.lines().stream().filter(PupilChange::changed).toList());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        box.add(grid);
        return box;
    }

    private String describe(org.preau.miroir.PupilData d) {
        return d.level().name() + " · " + d.implantation() + (d.ceb() == null ? "" : " · CEB " + getTranslation(d.ceb().translationKey()));
    }

    /** The padding and width of the other screens (their classes are styled in the shared stylesheet). */
    static void pad(com.vaadin.flow.component.html.Main view) {
        view.getStyle().set("padding", "var(--lumo-space-l)").set("max-width", "80rem");
    }

    static void note(Paragraph help) {
        help.addClassName("note");
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.eleves.capitalPeriodes");
    }
}
