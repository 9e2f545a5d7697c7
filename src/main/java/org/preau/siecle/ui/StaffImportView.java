package org.preau.siecle.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.base.ui.UploadPreview;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeKind;
import org.preau.security.BackgroundWork;
import org.preau.security.Roles;
import org.preau.siecle.StsWebImport;
import org.preau.staff.StaffCsvImport;
import org.preau.staff.StaffImportPreview;
import org.preau.staff.StaffImportResult;

import java.util.List;

/**
 * Personnels › Import: the STS-WEB export of a French establishment, or the CSV staff list of a
 * Belgian school. The file is read in the background with a progress bar, the preview lists
 * arrivals, leavers, changes and warnings, and nothing is written before Confirmer.
 */
@Route("personnels/import")
@Menu(order = 320, title = "nav.personnels.import")
@RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR})
public class StaffImportView extends Main implements HasDynamicTitle {

    private static final int MAX_UPLOAD = 50 * 1024 * 1024;
    /** The exchange history's detail of one exchange (a route of the exchange module). */
    private static final String HISTORY_DETAIL = "echanges/historique?echange=";

    final Select<SchoolYearView> year = new Select<>();
    final UploadPreview<StaffImportPreview, StaffImportResult> panel;
    /** The preview on screen (its lists), or null. */
    StaffImportReport report;
    /** The year as it was when the file arrived (the reading runs off the UI thread). */
    private volatile SchoolYearView chosen;

    public StaffImportView(StsWebImport sts, StaffCsvImport csv, SchoolYearService years, EtablissementService establishments,
                           BackgroundWork background) {
        SchoolSystem system = establishments.currentSummary().map(e -> e.schoolSystem()).orElse(SchoolSystem.FR);
        boolean french = system == SchoolSystem.FR;
        addClassName("staff-import-view");

        Paragraph help = new Paragraph(getTranslation(french ? "staffImport.help.sts" : "staffImport.help.csv"));
        help.addClassName("note");
        add(help);
        if (!french) add(csvFormatHelp());

        List<SchoolYearView> open = years.list().stream().filter(SchoolYearView::isOpen).toList();
        year.setId("import-year");
        year.setLabel(getTranslation("staffImport.year"));
        year.setItems(open);
        year.setItemLabelGenerator(y -> getTranslation("layout.schoolYearChoice", y.label(), getTranslation(y.state().translationKey())));
        years.current().filter(SchoolYearView::isOpen).or(() -> open.stream().findFirst()).ifPresent(year::setValue);

        panel = new UploadPreview<StaffImportPreview, StaffImportResult>("import", MAX_UPLOAD, background::submit)
                .accept(french ? new String[]{".xml", ".zip"} : new String[]{".csv", ".txt"})
                .uploadButton(getTranslation(french ? "staffImport.upload.sts" : "staffImport.upload.csv"))
                .precondition(this::choose)
                .reader((file, step) -> french ? sts.preview(file.name(), file.bytes(), chosen.id(), step)
                        : csv.preview(file.name(), file.bytes(), chosen.id(), step))
                .preview(read -> report = new StaffImportReport(read))
                .writer((file, read, step) -> read.file().kind() == ExchangeKind.STS_WEB ? sts.confirm(read, step) : csv.confirm(read, step))
                .result(this::result)
                .history(written -> HISTORY_DETAIL + written.exchangeId());
        panel.upload().setId("staff-upload");

        add(year, panel);
        if (open.isEmpty()) {
            year.setVisible(false);
            panel.unavailable(getTranslation("staffImport.noOpenYear"));
        }
    }

    private String choose() {
        chosen = year.getValue();
        report = null;
        return chosen == null ? getTranslation("staffImport.noOpenYear") : null;
    }

    private Component csvFormatHelp() {
        Div format = new Div(new Span(getTranslation("staffImport.csv.columns")),
                new Paragraph(getTranslation("staffImport.csv.example")));
        format.addClassName("csv-format");
        return format;
    }

    private Component result(StaffImportResult written) {
        report = null;
        Paragraph summary = new Paragraph(written.summary());
        summary.setId("import-result-summary");
        return new Div(new H3(getTranslation("staffImport.done.title")), summary);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staffImport.title");
    }
}
