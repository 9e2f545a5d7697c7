package org.preau.segec.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.preau.establishment.ModuleDisabledException;
import org.preau.establishment.PreauModule;
import org.preau.establishment.RequiresModule;
import org.preau.security.Roles;
import org.preau.segec.ScanReport;
import org.preau.segec.SegecException;
import org.preau.segec.SegecForms;
import org.preau.segec.SegecMember;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Personnels › Transferts › Autorisations SeGEC: choose teachers, print their "Autorisation
 * Compte SeGEC" forms (one PDF, or one file each), tick the consents received, or upload the
 * scanned stack of signed forms to record them all at once.
 */
@Route("personnels/transferts/autorisations-segec")
@Menu(order = 330, title = "nav.personnels.autorisationsSegec")
@RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR})
@RequiresModule(PreauModule.SEGEC)
public class SegecFormsView extends Main implements HasDynamicTitle {

    private final SegecForms forms;
    final Grid<SegecMember> grid = new Grid<>();
    final Grid<ScanReport.Page> scanResult = new Grid<>();
    final Paragraph scanSummary = new Paragraph();
    final Upload upload;
    final Anchor printAll;
    final Anchor printEach;
    final Paragraph printHint = new Paragraph();
    /** The chosen ids, read by the download handlers (they run outside the UI lock). */
    private volatile List<Long> chosen = List.of();

    public SegecFormsView(SegecForms forms) {
        this.forms = forms;
        addClassName("segec-forms-view");
        Paragraph note = new Paragraph(getTranslation("segec.forms.note"));
        note.addClassName("note");

        grid.setId("segec-members");
        grid.setEmptyStateText(getTranslation("segecForms.empty"));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(m -> m.person().displayName()).setHeader(getTranslation("segec.column.name")).setAutoWidth(true);
        grid.addColumn(m -> SegecTexts.role(this, m)).setHeader(getTranslation("segec.column.role")).setAutoWidth(true);
        grid.addColumn(m -> m.person().emailPerso() == null ? "—" : m.person().emailPerso()).setHeader(getTranslation("segec.column.email")).setAutoWidth(true);
        grid.addComponentColumn(this::consentBox).setHeader(getTranslation("segec.column.consent")).setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(m -> SegecTexts.account(this, m.account())).setHeader(getTranslation("segec.column.account")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        printAll = download("print-all", "segec.forms.printAll", "autorisations-segec.pdf", "application/pdf", forms::printAll);
        printEach = download("print-each", "segec.forms.printEach", "autorisations-segec.zip", "application/zip", forms::printEach);
        printHint.setId("print-hint");
        printHint.addClassName("note");
        grid.addSelectionListener(e -> {
            chosen = e.getAllSelectedItems().stream().map(SegecMember::id).toList();
            printable();
        });
        printable();

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            if (ui != null) ui.access(() -> readScan(metadata.fileName(), bytes));
        }));
        upload.setId("scan-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) SegecForms.MAX_SCAN_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", "application/pdf", "image/png", "image/jpeg");
        upload.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("segec.scan.upload")));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("segec.scan.drop")));
        upload.addFileRejectedListener(e -> SegecTexts.notify(getTranslation("segec.scan.rejected"), NotificationVariant.ERROR));

        scanResult.setId("scan-result");
        scanResult.setEmptyStateText(getTranslation("segecForms.scan.empty"));
        scanResult.addColumn(ScanReport.Page::number).setHeader(getTranslation("segec.scan.page")).setAutoWidth(true);
        scanResult.addColumn(p -> p.who() == null ? "—" : p.who()).setHeader(getTranslation("segec.column.name")).setAutoWidth(true);
        scanResult.addColumn(ScanReport.Page::message).setHeader(getTranslation("segec.scan.result")).setFlexGrow(1);
        scanResult.setAllRowsVisible(true);
        scanResult.setVisible(false);
        scanSummary.setId("scan-summary");

        add(note, grid, new HorizontalLayout(printAll, printEach, printHint),
                new Section(new H3(getTranslation("segec.scan.title")), new Paragraph(getTranslation("segec.scan.help")), upload,
                        scanSummary, scanResult));
        refresh();
    }

    /** With nobody chosen the print links are off, and a line says why rather than a click doing nothing. */
    private void printable() {
        boolean any = !chosen.isEmpty();
        printAll.setEnabled(any);
        printEach.setEnabled(any);
        // A disabled link is not a form control: say it to assistive technology (and to axe's contrast rule).
        printAll.getElement().setAttribute("aria-disabled", String.valueOf(!any));
        printEach.getElement().setAttribute("aria-disabled", String.valueOf(!any));
        printHint.setText(any ? "" : getTranslation("segec.forms.chooseFirst"));
        printHint.setVisible(!any);
    }

    private Checkbox consentBox(SegecMember m) {
        Checkbox box = new Checkbox(m.consent().isPresent());
        box.setId("consent-" + m.id());
        box.setLabel(SegecTexts.consent(this, m.consent()));
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) return;
            try {
                forms.recordConsent(m.id(), e.getValue());
                refresh();
            } catch (SegecException | ModuleDisabledException ex) {
                SegecTexts.notify(ex.getMessage(), NotificationVariant.ERROR);
            }
        });
        return box;
    }

    private Anchor download(String id, String textKey, String fileName, String type, Function<List<Long>, byte[]> print) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            List<Long> ids = chosen;
            if (ids.isEmpty()) return DownloadResponse.error(400, getTranslation("segec.error.noneChosen"));
            byte[] content = print.apply(ids);
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
        }), getTranslation(textKey));
        anchor.setId(id);
        anchor.getElement().setAttribute("download", fileName);
        anchor.addClassName("segec-print");
        return anchor;
    }

    private void readScan(String fileName, byte[] content) {
        try {
            ScanReport report = forms.readScan(fileName, content);
            scanSummary.setText(getTranslation("segec.scan.summary", report.pages().size(), report.matched().size(),
                    report.recorded(), report.unmatched().size()));
            scanResult.setItems(report.pages());
            scanResult.setVisible(true);
            refresh();
            SegecTexts.notify(scanSummary.getText(), report.unmatched().isEmpty() ? NotificationVariant.SUCCESS : NotificationVariant.WARNING);
        } catch (SegecException | ModuleDisabledException e) {
            scanSummary.setText(e.getMessage());
            scanResult.setVisible(false);
            SegecTexts.notify(e.getMessage(), NotificationVariant.ERROR);
        } finally {
            upload.clearFileList();
        }
    }

    private void refresh() {
        var selected = grid.getSelectedItems().stream().map(SegecMember::id).toList();
        List<SegecMember> members = forms.members();
        grid.setItems(members);
        members.stream().filter(m -> selected.contains(m.id())).forEach(grid::select);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.personnels.autorisationsSegec");
    }
}
