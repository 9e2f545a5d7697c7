package org.preau.siecle.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import org.preau.establishment.PreauModule;
import org.preau.establishment.RequiresModule;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeMessage;
import org.preau.security.BackgroundWork;
import org.preau.security.Roles;
import org.preau.siecle.ImportKind;
import org.preau.siecle.ImportPreview;
import org.preau.siecle.ImportRefusedException;
import org.preau.siecle.PreparedImport;
import org.preau.siecle.PreviewLine;
import org.preau.siecle.SiecleImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;

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

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);
    private static final String COUNT_KEY = "import.count.";
    private static final String KIND_KEY = "import.kind.";
    private static final String[] COUNTS_BEE = {"eleves_in_file", "active_pupils", "left_in_file", "active_without_division",
            "divisions", "groups", "active_before", "arrivals", "reactivated", "continuing", "leavers", "leavers_absent_from_file",
            "leavers_with_date_sortie", "division_changes", "mef_changes", "name_changes", "unchanged", "warnings"};
    private static final String[] COUNTS_NOMENCLATURE = {"mefs_in_file", "mefs_added", "mefs_changed", "mefs_unchanged",
            "mefs_absent_kept", "warnings"};

    private final SiecleImports imports;
    private final BackgroundWork backgroundWork;

    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    final Select<SchoolYearView> year = new Select<>();
    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Div result = new Div();
    final Button confirm = new Button();
    final Button cancel = new Button();

    private PreparedImport prepared;
    private Path uploadedFile;

    public ImportView(SiecleImports imports, SchoolYearService schoolYears, BackgroundWork backgroundWork) {
        this.imports = imports;
        this.backgroundWork = backgroundWork;
        addClassName("import-view");

        add(new Paragraph(getTranslation("import.intro")));

        kind.setId("import-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(KIND_KEY + k.name()));
        kind.setValue(ImportKind.SIECLE_BEE);

        year.setId("import-year");
        year.setLabel(getTranslation("import.year"));
        List<SchoolYearView> years = schoolYears.list();
        year.setItems(years);
        year.setItemLabelGenerator(y -> getTranslation("layout.schoolYearChoice", y.label(), getTranslation(y.state().translationKey())));
        schoolYears.current().ifPresent(year::setValue);
        year.setHelperText(getTranslation("import.year.help"));
        year.setWidth("20em");

        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            UI ui = UI.getCurrent();
            Path path = file.toPath();
            String name = metadata.fileName();
            if (ui != null) ui.access(() -> startPreview(name, path));
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxBytes()));
        upload.setAcceptedFileTypes(".xml", ".zip", "application/xml", "text/xml", "application/zip");
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(e -> notify(getTranslation("import.upload.rejected", imports.maxBytes() / (1024 * 1024)),
                NotificationVariant.ERROR));

        progress.setId("import-progress");
        progress.setVisible(false);
        status.setId("import-status");
        status.addClassName("import-status");
        status.getStyle().set("display", "block").set("margin-top", "var(--lumo-space-m)").set("color", "var(--lumo-secondary-text-color)");
        result.setId("import-result");

        confirm.setText(getTranslation("import.confirm"));
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> startConfirm());
        cancel.setText(getTranslation("import.cancel"));
        cancel.setId("import-cancel");
        cancel.addClickListener(e -> reset(getTranslation("import.cancelled")));
        HorizontalLayout actions = new HorizontalLayout(confirm, cancel);
        actions.setVisible(false);
        actions.setId("import-actions");

        HorizontalLayout choices = new HorizontalLayout(kind, year);
        choices.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(choices, upload, progress, status, result, actions);
    }

    /** Reads and compares the uploaded file in the background. */
    void startPreview(String fileName, Path file) {
        deleteUpload();
        uploadedFile = file;
        SchoolYearView chosenYear = year.getValue();
        if (chosenYear == null) {
            notify(getTranslation("import.year.missing"), NotificationVariant.ERROR);
            deleteUpload();
            return;
        }
        ImportKind chosenKind = kind.getValue();
        result.removeAll();
        actions().setVisible(false);
        running(getTranslation("import.reading", fileName));
        UI ui = UI.getCurrent();
        backgroundWork.submit(() -> {
            try {
                PreparedImport done = imports.prepare(chosenKind, chosenYear.id(), fileName, file, throttled(ui));
                ui.access(() -> showPreview(done));
            } catch (RuntimeException e) {
                failed(ui, e);
            }
            return null;
        });
    }

    /** Writes the previewed import in the background. */
    void startConfirm() {
        if (prepared == null || !prepared.confirmable()) return;
        PreparedImport toWrite = prepared;
        confirm.setEnabled(false);
        cancel.setEnabled(false);
        running(getTranslation("import.writing"));
        UI ui = UI.getCurrent();
        backgroundWork.submit(() -> {
            try {
                ImportPreview done = imports.confirm(toWrite, throttled(ui));
                ui.access(() -> showWritten(done));
            } catch (RuntimeException e) {
                failed(ui, e);
            }
            return null;
        });
    }

    private void running(String message) {
        status.setText(message);
        progress.setValue(0);
        progress.setVisible(true);
        upload.setVisible(false);
        getUI().ifPresent(ui -> ui.setPollInterval(500));
    }

    private void stopped() {
        progress.setVisible(false);
        upload.setVisible(true);
        upload.clearFileList();
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    /** Progress from the background, sent to the page at most every 2 %. */
    private DoubleConsumer throttled(UI ui) {
        AtomicLong shown = new AtomicLong(-1);
        return fraction -> {
            long percent = Math.round(fraction * 50);
            if (shown.getAndSet(percent) != percent) ui.access(() -> progress.setValue(Math.min(1, Math.max(0, fraction))));
        };
    }

    private void failed(UI ui, RuntimeException e) {
        String message;
        if (e instanceof ImportRefusedException refused) {
            // e.g. the year was closed between the preview and the confirmation: nothing was written
            message = refused.getMessage();
        } else {
            String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
            log.error("Import failed [{}]", id, e);
            message = getTranslation("error.unexpected", id);
        }
        ui.access(() -> {
            stopped();
            status.setText("");
            deleteUpload();
            prepared = null;
            actions().setVisible(false);
            notify(message, NotificationVariant.ERROR);
        });
    }

    void showPreview(PreparedImport done) {
        stopped();
        prepared = done;
        ImportPreview preview = done.preview();
        result.removeAll();
        if (preview.refused()) {
            deleteUpload();
            status.setText(getTranslation("import.refused"));
            Paragraph summary = new Paragraph(preview.summary());
            summary.addClassName("import-refused");
            result.add(summary, messages("import.errors", preview.errors(), true));
            if (!preview.warnings().isEmpty()) result.add(messages("import.warnings", preview.warnings(), false));
            actions().setVisible(false);
            return;
        }
        status.setText(getTranslation("import.previewReady"));
        upload.setVisible(false);
        showReport(preview);
        confirm.setEnabled(true);
        cancel.setEnabled(true);
        actions().setVisible(true);
    }

    void showWritten(ImportPreview done) {
        stopped();
        deleteUpload();
        prepared = null;
        actions().setVisible(false);
        result.removeAll();
        status.setText(getTranslation("import.written"));
        showReport(done);
        notify(done.summary(), NotificationVariant.SUCCESS);
    }

    private void showReport(ImportPreview preview) {
        Paragraph summary = new Paragraph(preview.summary());
        summary.setId("import-summary");
        summary.getStyle().set("font-weight", "600");
        result.add(summary, counts(preview));
        boolean bee = preview.kind() == ImportKind.SIECLE_BEE;
        String prefix = bee ? "import.list." : "import.list.mef.";
        result.add(lines(prefix + "arrivals", preview.arrivals(), "import-arrivals"),
                lines(prefix + "leavers", preview.leavers(), "import-leavers"),
                lines(prefix + "changes", preview.changes(), "import-changes"));
        if (!preview.warnings().isEmpty()) result.add(messages("import.warnings", preview.warnings(), true));
    }

    private Component counts(ImportPreview preview) {
        Div counts = new Div();
        counts.setId("import-counts");
        counts.addClassName("import-counts");
        counts.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(17em, 1fr))")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)");
        for (String name : preview.kind() == ImportKind.SIECLE_BEE ? COUNTS_BEE : COUNTS_NOMENCLATURE) {
            Span value = new Span(String.valueOf(preview.count(name)));
            value.getStyle().set("font-weight", "600");
            Div count = new Div(new Span(getTranslation(COUNT_KEY + name)), value);
            count.addClassName("import-count");
            count.getStyle().set("display", "flex").set("justify-content", "space-between").set("gap", "var(--lumo-space-s)")
                    .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("background", "var(--lumo-contrast-5pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)");
            count.getElement().setAttribute("data-count", name);
            counts.add(count);
        }
        if (!preview.perDivision().isEmpty()) {
            Grid<Map.Entry<String, Integer>> grid = new Grid<>();
            grid.setId("import-per-division");
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.addColumn(Map.Entry::getKey).setHeader(getTranslation("import.column.division"));
            grid.addColumn(Map.Entry::getValue).setHeader(getTranslation("import.column.activePupils"));
            grid.setItems(List.copyOf(preview.perDivision().entrySet()));
            grid.setAllRowsVisible(preview.perDivision().size() <= 10);
            if (preview.perDivision().size() > 10) grid.setHeight("22em");
            Details perDivision = new Details(getTranslation("import.perDivision", preview.perDivision().size()), grid);
            perDivision.setOpened(preview.perDivision().size() <= 10);
            perDivision.setWidthFull();
            return new Div(counts, perDivision);
        }
        return counts;
    }

    private Component lines(String titleKey, List<PreviewLine> lines, String id) {
        Grid<PreviewLine> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PreviewLine::name).setHeader(getTranslation("import.column.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(PreviewLine::key).setHeader(getTranslation("import.column.key")).setAutoWidth(true);
        grid.addColumn(PreviewLine::division).setHeader(getTranslation("import.column.division")).setAutoWidth(true);
        grid.addColumn(PreviewLine::detail).setHeader(getTranslation("import.column.detail")).setFlexGrow(2);
        grid.setItems(lines);
        grid.setAllRowsVisible(lines.size() <= 10);
        if (lines.size() > 10) grid.setHeight("22em");
        Details details = new Details(getTranslation(titleKey, lines.size()), grid);
        details.setOpened(!lines.isEmpty() && lines.size() <= 50);
        details.setWidthFull();
        return details;
    }

    private Component messages(String titleKey, List<ExchangeMessage> messages, boolean opened) {
        Grid<ExchangeMessage> grid = new Grid<>();
        grid.setId(titleKey.replace('.', '-'));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ExchangeMessage::text).setHeader(getTranslation("import.column.message")).setFlexGrow(3);
        grid.addColumn(m -> m.location() == null ? "" : m.location()).setHeader(getTranslation("import.column.location")).setFlexGrow(1);
        grid.setItems(messages);
        grid.setAllRowsVisible(messages.size() <= 10);
        if (messages.size() > 10) grid.setHeight("22em");
        Details details = new Details(getTranslation(titleKey, messages.size()), grid);
        details.setOpened(opened);
        details.setWidthFull();
        return details;
    }

    private void reset(String message) {
        prepared = null;
        deleteUpload();
        result.removeAll();
        actions().setVisible(false);
        status.setText(message);
        upload.clearFileList();
        upload.setVisible(true);
    }

    private Component actions() {
        return confirm.getParent().orElseThrow();
    }

    private void deleteUpload() {
        if (uploadedFile == null) return;
        try {
            Files.deleteIfExists(uploadedFile);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}", uploadedFile);
        }
        uploadedFile = null;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        deleteUpload();
        super.onDetach(detachEvent);
    }

    private UploadI18N uploadTexts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.add")).setMany(getTranslation("import.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop")).setMany(getTranslation("import.upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("import.upload.tooMany"))
                .setFileIsTooBig(getTranslation("import.upload.tooBig"))
                .setIncorrectFileType(getTranslation("import.upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("import.upload.connecting"))
                        .setStalled(getTranslation("import.upload.stalled")).setProcessing(getTranslation("import.upload.processing"))
                        .setHeld(getTranslation("import.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(getTranslation("import.upload.remaining"))
                        .setUnknown(getTranslation("import.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("import.upload.serverUnavailable"))
                        .setUnexpectedServerError(getTranslation("import.upload.serverError"))
                        .setForbidden(getTranslation("import.upload.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(List.of("o", "ko", "Mo", "Go", "To", "Po", "Eo", "Zo", "Yo")));
        return i18n;
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
