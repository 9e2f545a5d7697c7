package org.preau.siecle.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.base.ui.LocatedMessage;
import org.preau.base.ui.UploadPreview;
import org.preau.establishment.PreauModule;
import org.preau.establishment.RequiresModule;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeMessage;
import org.preau.security.BackgroundWork;
import org.preau.security.Roles;
import org.preau.siecle.ImportKind;
import org.preau.siecle.ImportPreview;
import org.preau.siecle.PreparedImport;
import org.preau.siecle.SiecleImports;

import java.util.List;
import java.util.stream.Stream;

/**
 * Élèves › Import SIECLE: upload the pupils' export (BEE) or the nomenclatures, read the
 * preview, then confirm or cancel. Reading and writing run in the background with a progress
 * bar; the page polls the server meanwhile (no push).
 */
@Route("eleves/import")
@Menu(order = 210, title = "nav.eleves.import")
@RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR})
@RequiresModule(PreauModule.SIECLE)
public class ImportView extends Main implements HasDynamicTitle {

    /** The exchange history (a route of the exchange module), where every import is recorded. */
    private static final String HISTORY = "echanges/historique";
    private static final String KIND_KEY = "import.kind.";

    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    final Select<SchoolYearView> year = new Select<>();
    final UploadPreview<PreparedImport, ImportPreview> panel;

    /** The kind and year as they were when the file arrived (the reading runs off the UI thread). */
    private record Choice(ImportKind kind, SchoolYearView year) {
    }

    private volatile Choice chosen;

    public ImportView(SiecleImports imports, SchoolYearService schoolYears, BackgroundWork backgroundWork) {
        addClassName("import-view");
        add(new Paragraph(getTranslation("import.intro")));

        kind.setId("import-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(KIND_KEY + k.name()));
        kind.setValue(ImportKind.SIECLE_BEE);

        year.setId("import-year");
        year.setLabel(getTranslation("import.year"));
        year.setItems(schoolYears.list());
        year.setItemLabelGenerator(y -> getTranslation("layout.schoolYearChoice", y.label(), getTranslation(y.state().translationKey())));
        schoolYears.current().ifPresent(year::setValue);
        year.setHelperText(getTranslation("import.year.help"));
        year.setWidth("20em");

        panel = new UploadPreview<PreparedImport, ImportPreview>("import", imports.maxBytes(), backgroundWork::submit)
                .accept(".xml", ".zip", "application/xml", "text/xml", "application/zip")
                .precondition(this::choose)
                .reader((file, progress) -> imports.prepare(chosen.kind(), chosen.year().id(), file.name(), file.path(), progress))
                .refusedWhen(prepared -> refusal(prepared.preview()))
                .preview(prepared -> new ImportReport(prepared.preview()))
                .writer((file, prepared, progress) -> imports.confirm(prepared, progress))
                .result(ImportReport::new)
                .history(done -> HISTORY);

        HorizontalLayout choices = new HorizontalLayout(kind, year);
        choices.setAlignItems(FlexComponent.Alignment.BASELINE);
        choices.getStyle().set("flex-wrap", "wrap");
        add(choices, panel);
    }

    private String choose() {
        if (year.getValue() == null) return getTranslation("import.year.missing");
        chosen = new Choice(kind.getValue(), year.getValue());
        return null;
    }

    /** A refused file: the errors with their location, then the warnings (the summary would only repeat the first error). */
    private static List<LocatedMessage> refusal(ImportPreview preview) {
        if (!preview.refused()) return List.of();
        return Stream.concat(preview.errors().stream(), preview.warnings().stream()).map(ImportView::located).toList();
    }

    private static LocatedMessage located(ExchangeMessage m) {
        return new LocatedMessage(m.text(), m.location());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
