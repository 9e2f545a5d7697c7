package org.preau.siecle.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeMessage;
import org.preau.security.BackgroundWork;
import org.preau.security.Roles;
import org.preau.siecle.ImportRefusedException;
import org.preau.siecle.StsWebImport;
import org.preau.staff.StaffChange;
import org.preau.staff.StaffCsvImport;
import org.preau.staff.StaffFileRefusedException;
import org.preau.staff.StaffImportPreview;
import org.preau.staff.StaffImportResult;
import org.preau.staff.StaffLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.Future;
import java.util.function.DoubleConsumer;

/**
 * Personnels › Import: the STS-WEB export of a French establishment, or the CSV staff list of a
 * Belgian school. The file is read in the background with a progress bar, the preview lists
 * arrivals, leavers, changes and warnings, and nothing is written before Confirmer.
 */
@Route("personnels/import")
@Menu(order = 320, title = "nav.personnels.import")
@RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR})
public class StaffImportView extends Main implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(StaffImportView.class);
    private static final int MAX_UPLOAD = 50 * 1024 * 1024;
    /** The exchange history's detail of one exchange (a route of the exchange module). */
    private static final String HISTORY_DETAIL = "echanges/historique?echange=";

    private final StsWebImport sts;
    private final StaffCsvImport csv;
    private final BackgroundWork background;
    private final SchoolSystem system;

    final Select<SchoolYearView> year = new Select<>();
    final Upload upload;
    final ProgressBar progress = new ProgressBar(0, 1);
    final Span progressText = new Span();
    final Div refusal = new Div();
    final Section previewSection = new Section();
    final Div counts = new Div();
    final Grid<StaffLine> arrivals = lineGrid("import-arrivals");
    final Grid<StaffLine> leavers = lineGrid("import-leavers");
    final Grid<StaffChange> changes = new Grid<>();
    final Grid<ExchangeMessage> warnings = new Grid<>();
    final Button confirm = new Button();
    final Button cancel = new Button();
    final Div result = new Div();

    StaffImportPreview preview;
    Future<?> work;

    public StaffImportView(StsWebImport sts, StaffCsvImport csv, SchoolYearService years, EtablissementService establishments,
                           BackgroundWork background) {
        this.sts = sts;
        this.csv = csv;
        this.background = background;
        this.system = establishments.currentSummary().map(e -> e.schoolSystem()).orElse(SchoolSystem.FR);
        addClassName("staff-import-view");

        Paragraph help = new Paragraph(getTranslation(system == SchoolSystem.FR ? "staffImport.help.sts" : "staffImport.help.csv"));
        help.addClassName("note");
        add(help);
        if (system == SchoolSystem.BE) add(csvFormatHelp());

        List<SchoolYearView> open = years.list().stream().filter(SchoolYearView::isOpen).toList();
        year.setId("import-year");
        year.setLabel(getTranslation("staffImport.year"));
        year.setItems(open);
        year.setItemLabelGenerator(y -> getTranslation("layout.schoolYearChoice", y.label(), getTranslation(y.state().translationKey())));
        years.current().filter(SchoolYearView::isOpen).or(() -> open.stream().findFirst()).ifPresent(year::setValue);

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> receive(metadata.fileName(), bytes)));
        upload.setId("staff-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD);
        upload.setAcceptedFileTypes(system == SchoolSystem.FR ? new String[]{".xml", ".zip"} : new String[]{".csv", ".txt"});
        upload.setUploadButton(new Button(getTranslation(system == SchoolSystem.FR ? "staffImport.upload.sts" : "staffImport.upload.csv")));
        upload.setDropLabel(new Span(getTranslation("staffImport.upload.drop")));
        upload.setI18n(frenchUpload());
        upload.addFileRejectedListener(e -> showRefusal(getTranslation("staffImport.upload.rejected", e.getErrorMessage()), null));

        progress.setId("import-progress");
        progressText.setId("import-progress-text");
        Div progressBox = new Div(progressText, progress);
        progressBox.addClassName("import-progress");
        progress.setVisible(false);
        progressText.setVisible(false);

        refusal.setId("import-refusal");
        refusal.addClassName("import-refusal");
        refusal.setVisible(false);

        buildPreview();
        result.setId("import-result");
        result.setVisible(false);

        add(year, upload, progressBox, refusal, previewSection, result);
        if (open.isEmpty()) {
            upload.setVisible(false);
            year.setVisible(false);
            showRefusal(getTranslation("staffImport.noOpenYear"), null);
        }
    }

    /** The upload widget's own texts (errors, file list) in French. */
    private UploadI18N frenchUpload() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("staffImport.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("staffImport.upload.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("staffImport.upload.tooMany"))
                        .setFileIsTooBig(getTranslation("staffImport.upload.tooBig", MAX_UPLOAD / (1024 * 1024)))
                        .setIncorrectFileType(getTranslation("staffImport.upload.wrongType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("staffImport.upload.connecting"))
                                .setStalled(getTranslation("staffImport.upload.stalled"))
                                .setProcessing(getTranslation("staffImport.upload.processing"))
                                .setHeld(getTranslation("staffImport.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(getTranslation("staffImport.upload.remaining"))
                                .setUnknown(getTranslation("staffImport.upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("staffImport.upload.serverError"))
                                .setUnexpectedServerError(getTranslation("staffImport.upload.serverError"))
                                .setForbidden(getTranslation("staffImport.upload.forbidden"))))
                .setFile(new UploadI18N.File().setRemove(getTranslation("staffImport.upload.remove"))
                        .setRetry(getTranslation("staffImport.upload.retry")).setStart(getTranslation("staffImport.upload.start")))
                .setUnits(List.of("o", "Ko", "Mo", "Go", "To"));
    }

    private Component csvFormatHelp() {
        Div format = new Div(new Span(getTranslation("staffImport.csv.columns")),
                new Paragraph(getTranslation("staffImport.csv.example")));
        format.addClassName("csv-format");
        return format;
    }

    private void buildPreview() {
        previewSection.setId("import-preview");
        previewSection.setVisible(false);
        counts.setId("import-counts");
        counts.addClassName("import-counts");

        changes.setId("import-changes");
        changes.addColumn(c -> c.person().nomUsage()).setHeader(getTranslation("staff.field.nomUsage")).setAutoWidth(true);
        changes.addColumn(c -> c.person().prenom()).setHeader(getTranslation("staff.field.prenom")).setAutoWidth(true);
        changes.addColumn(c -> c.person().externalId()).setHeader(getTranslation("staffImport.column.id")).setAutoWidth(true);
        changes.addColumn(c -> String.join(" ; ", c.changes())).setHeader(getTranslation("staffImport.column.changes")).setFlexGrow(1);
        changes.setAllRowsVisible(true);
        changes.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);

        warnings.setId("import-warnings");
        warnings.addColumn(m -> getTranslation(m.severity().translationKey())).setHeader(getTranslation("exchange.column.severity")).setAutoWidth(true);
        warnings.addColumn(ExchangeMessage::text).setHeader(getTranslation("exchange.column.message")).setFlexGrow(1);
        warnings.addColumn(m -> m.location() == null ? "" : m.location()).setHeader(getTranslation("exchange.column.location")).setAutoWidth(true);
        warnings.setAllRowsVisible(true);
        warnings.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);

        confirm.setText(getTranslation("staffImport.confirm"));
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> confirmPreview());
        cancel.setText(getTranslation("staffImport.cancel"));
        cancel.setId("import-cancel");
        cancel.addClickListener(e -> cancelPreview());

        previewSection.add(new H3(getTranslation("staffImport.preview.title")), counts,
                titled("staffImport.preview.warnings", warnings), titled("staffImport.preview.arrivals", arrivals),
                titled("staffImport.preview.leavers", leavers), titled("staffImport.preview.changes", changes),
                new HorizontalLayout(confirm, cancel));
    }

    private Component titled(String key, Grid<?> grid) {
        Div box = new Div(new H3(getTranslation(key)), grid);
        box.addClassName("preview-list");
        return box;
    }

    private Grid<StaffLine> lineGrid(String id) {
        Grid<StaffLine> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(StaffLine::nomUsage).setHeader(getTranslation("staff.field.nomUsage")).setAutoWidth(true);
        grid.addColumn(StaffLine::prenom).setHeader(getTranslation("staff.field.prenom")).setAutoWidth(true);
        grid.addColumn(StaffLine::externalId).setHeader(getTranslation("staffImport.column.id")).setAutoWidth(true);
        grid.addColumn(StaffLine::functionCode).setHeader(getTranslation("staff.field.functions")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A file arrived: read it in the background, the progress bar polled every half second. */
    void receive(String fileName, byte[] bytes) {
        SchoolYearView chosen = year.getValue();
        if (chosen == null || work != null && !work.isDone()) return;
        clear();
        UI ui = UI.getCurrent();
        startProgress(ui, getTranslation("staffImport.progress.reading", fileName));
        work = background.submit(() -> {
            try {
                DoubleConsumer step = fraction -> ui.access(() -> progress.setValue(fraction));
                StaffImportPreview read = system == SchoolSystem.FR
                        ? sts.preview(fileName, bytes, chosen.id(), step)
                        : csv.preview(fileName, bytes, chosen.id(), step);
                ui.access(() -> showPreview(read));
            } catch (ImportRefusedException e) {
                ui.access(() -> showRefusal(e.getMessage(), e.location()));
            } catch (StaffFileRefusedException e) {
                ui.access(() -> showRefusal(e.getMessage(), e.location()));
            } catch (RuntimeException e) {
                log.error("Staff import preview of '{}' failed", fileName, e);
                ui.access(() -> showRefusal(getTranslation("staffImport.unexpected"), null));
            } finally {
                ui.access(() -> stopProgress(ui));
            }
            return null;
        });
    }

    private void confirmPreview() {
        StaffImportPreview confirmed = preview;
        if (confirmed == null || work != null && !work.isDone()) return;
        UI ui = UI.getCurrent();
        confirm.setEnabled(false);
        cancel.setEnabled(false);
        startProgress(ui, getTranslation("staffImport.progress.writing"));
        work = background.submit(() -> {
            try {
                DoubleConsumer step = fraction -> ui.access(() -> progress.setValue(fraction));
                StaffImportResult written = confirmed.file().kind() == ExchangeKind.STS_WEB
                        ? sts.confirm(confirmed, step) : csv.confirm(confirmed, step);
                ui.access(() -> showResult(written));
            } catch (StaffFileRefusedException e) {
                ui.access(() -> showRefusal(e.getMessage(), e.location()));
            } catch (RuntimeException e) {
                log.error("Staff import of '{}' failed", confirmed.file().fileName(), e);
                ui.access(() -> showRefusal(getTranslation("staff.import.error.write"), null));
            } finally {
                ui.access(() -> stopProgress(ui));
            }
            return null;
        });
    }

    private void cancelPreview() {
        clear();
        upload.clearFileList();
        Notification.show(getTranslation("staffImport.cancelled"), 5000, Notification.Position.TOP_CENTER);
    }

    private void startProgress(UI ui, String text) {
        progress.setValue(0);
        progress.setVisible(true);
        progressText.setText(text);
        progressText.setVisible(true);
        ui.setPollInterval(500);
    }

    private void stopProgress(UI ui) {
        progress.setVisible(false);
        progressText.setVisible(false);
        ui.setPollInterval(-1);
    }

    private void clear() {
        preview = null;
        previewSection.setVisible(false);
        refusal.setVisible(false);
        refusal.removeAll();
        result.setVisible(false);
        result.removeAll();
    }

    void showPreview(StaffImportPreview read) {
        preview = read;
        counts.removeAll();
        read.counts().forEach((name, value) -> {
            Span count = new Span(name + " : " + value);
            count.addClassName("count-badge");
            counts.add(count);
        });
        if (read.changesNothing()) counts.add(new Paragraph(getTranslation("staffImport.preview.nothing")));
        show(arrivals, read.arrivals());
        show(leavers, read.leavers());
        show(changes, read.changes());
        show(warnings, read.warnings());
        confirm.setEnabled(true);
        cancel.setEnabled(true);
        previewSection.setVisible(true);
    }

    /** Short lists show whole; long ones (thousands of arrivals on a first import) scroll in a fixed height. */
    private static <T> void show(Grid<T> grid, List<T> items) {
        grid.setItems(items);
        boolean whole = items.size() <= 12;
        grid.setAllRowsVisible(whole);
        grid.setHeight(whole ? null : "24em");
        grid.getParent().ifPresent(box -> box.setVisible(!items.isEmpty()));
    }

    void showRefusal(String message, String location) {
        refusal.removeAll();
        Paragraph text = new Paragraph(message);
        text.setId("import-refusal-message");
        refusal.add(new H3(getTranslation("staffImport.refused.title")), text);
        if (location != null) {
            Paragraph where = new Paragraph(getTranslation("staffImport.refused.where", location));
            where.setId("import-refusal-location");
            refusal.add(where);
        }
        refusal.add(new Paragraph(getTranslation("staffImport.refused.nothing")));
        refusal.setVisible(true);
        previewSection.setVisible(false);
        preview = null;
    }

    private void showResult(StaffImportResult written) {
        preview = null;
        previewSection.setVisible(false);
        result.removeAll();
        Paragraph summary = new Paragraph(written.summary());
        summary.setId("import-result-summary");
        result.add(new H3(getTranslation("staffImport.done.title")), summary,
                new Anchor(HISTORY_DETAIL + written.exchangeId(), getTranslation("staffImport.done.history")));
        result.setVisible(true);
        upload.clearFileList();
        Notification notification = Notification.show(getTranslation("staffImport.done.notification"), 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staffImport.title");
    }
}
