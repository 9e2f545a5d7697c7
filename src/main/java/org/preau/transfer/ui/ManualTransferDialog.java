package org.preau.transfer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import org.preau.base.ui.FrenchUpload;
import org.preau.establishment.ModuleDisabledException;
import org.preau.transfer.ConsentGiver;
import org.preau.transfer.LearnerTransfers;
import org.preau.transfer.ManualTransferRequest;
import org.preau.transfer.TransferRefusedException;
import org.preau.transfer.TransferStatus;
import org.preau.transfer.TransferView;
import org.preau.transfer.TransferableLearner;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * One learner after the other: the destination UAI, the consent (date, who gave it, the names),
 * optionally the scanned signed form, and the printable form to have signed. Confirm sends that
 * learner's transfer and moves on to the next.
 */
class ManualTransferDialog extends Dialog {

    /** The scan is read whole in memory: the upload refuses anything above this first. */
    private static final int SCAN_MAX = 5 * 1024 * 1024;

    private final LearnerTransfers transfers;
    private final List<TransferableLearner> learners;
    private final Runnable done;
    private int index;
    private byte[] scan;

    final Span progress = new Span();
    final TextField uai = new TextField();
    final DatePicker consentDate = new DatePicker();
    final RadioButtonGroup<ConsentGiver> givenBy = new RadioButtonGroup<>();
    final TextField giverNames = new TextField();
    final Upload upload;
    final Anchor form = new Anchor();
    final Paragraph error = new Paragraph();
    final Button confirm = new Button();
    final DestinationPreview preview;

    ManualTransferDialog(LearnerTransfers transfers, List<TransferableLearner> learners, Runnable done) {
        this.transfers = transfers;
        this.learners = learners;
        this.done = done;
        setId("manual-transfer-dialog");
        setWidth("42em");

        progress.setId("manual-transfer-progress");
        uai.setId("transfer-uai");
        uai.setLabel(getTranslation("transfer.dialog.uai"));
        uai.setHelperText(getTranslation("transfer.dialog.uai.help"));
        uai.setMaxLength(8);
        uai.setRequiredIndicatorVisible(true);
        uai.addValueChangeListener(e -> checkUai());
        // an earlier refusal goes once the director changes what it was about
        uai.addValueChangeListener(e -> error.setText(""));

        consentDate.setId("transfer-consent-date");
        consentDate.setLabel(getTranslation("transfer.dialog.consentDate"));
        consentDate.setLocale(java.util.Locale.FRANCE);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy");
        i18n.setFirstDayOfWeek(1);
        consentDate.setI18n(i18n);
        consentDate.setMax(transfers.today());
        consentDate.setRequiredIndicatorVisible(true);

        givenBy.setId("transfer-consent-giver");
        givenBy.setLabel(getTranslation("transfer.dialog.givenBy"));
        givenBy.setItems(ConsentGiver.values());
        givenBy.setItemLabelGenerator(g -> getTranslation(g.translationKey()));
        givenBy.setRequiredIndicatorVisible(true);
        givenBy.addValueChangeListener(e -> error.setText(""));
        consentDate.addValueChangeListener(e -> error.setText(""));

        giverNames.setId("transfer-consent-names");
        giverNames.setLabel(getTranslation("transfer.dialog.giverNames"));
        giverNames.setMaxLength(300);
        giverNames.setWidthFull();

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> scan = bytes));
        upload.setId("transfer-consent-scan");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(SCAN_MAX);
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", "application/pdf", "image/png", "image/jpeg");
        upload.addFileRejectedListener(e -> error.setText(getTranslation("transfer.dialog.scanRejected", SCAN_MAX / (1024 * 1024))));
        upload.addFileRemovedListener(e -> scan = null);
        upload.setI18n(FrenchUpload.texts(this, SCAN_MAX));

        form.setId("transfer-consent-form");
        form.setText(getTranslation("transfer.dialog.printForm"));
        form.setTarget("_blank");

        error.setId("transfer-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");

        preview = new DestinationPreview(transfers, () -> transfers.printRecords(learners.get(index).learnerId(), uai.getValue(),
                consentDate.getValue(), givenBy.getValue(), giverNames.getValue()), error::setText);

        FormLayout layout = new FormLayout(uai, consentDate, givenBy, giverNames);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        layout.setColspan(giverNames, 2);
        layout.setColspan(givenBy, 2);
        add(progress, layout, preview, new Paragraph(getTranslation("transfer.dialog.scan")), upload, new Paragraph(form), error);

        confirm.setText(getTranslation("transfer.dialog.confirm"));
        confirm.setId("transfer-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> confirmOne());
        Button close = new Button(getTranslation("transfer.dialog.close"), e -> {
            close();
            done.run();
        });
        close.setId("transfer-close");
        getFooter().add(close, confirm);
        show();
    }

    private void show() {
        TransferableLearner learner = learners.get(index);
        setHeaderTitle(getTranslation("transfer.dialog.title", learner.nom() + " " + learner.prenom()));
        progress.setText(getTranslation("transfer.dialog.progress", index + 1, learners.size()));
        uai.clear();
        uai.setInvalid(false);
        preview.clear();
        confirm.setEnabled(true);
        consentDate.setValue(transfers.today());
        givenBy.clear();
        giverNames.clear();
        upload.clearFileList();
        scan = null;
        error.setText("");
        updateFormLink();
    }

    private void checkUai() {
        updateFormLink();
        String refused = preview.update(uai.getValue());
        uai.setErrorMessage(refused);
        uai.setInvalid(refused != null);
        // a learner who moves by itself, or a destination Préau cannot reach, is not sent from here
        confirm.setEnabled(preview.verdict() != DestinationPreview.Verdict.AUTOMATIC
                && preview.verdict() != DestinationPreview.Verdict.UNKNOWN);
    }

    private void updateFormLink() {
        TransferableLearner learner = learners.get(index);
        String destination = uai.getValue();
        form.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = transfers.consentForm(learner.learnerId(), destination);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "autorisation-transfert-" + learner.learnerId() + ".pdf",
                    "application/pdf", pdf.length);
        }));
    }

    private void confirmOne() {
        TransferableLearner learner = learners.get(index);
        try {
            TransferView sent = transfers.transfer(new ManualTransferRequest(learner.learnerId(), uai.getValue(), consentDate.getValue(),
                    givenBy.getValue(), giverNames.getValue(), scan));
            String key = sent.status() == TransferStatus.DELIVERED ? "transfer.dialog.delivered"
                    : sent.status() == TransferStatus.SENDING ? "transfer.dialog.sending" : "transfer.dialog.pending";
            Notification.show(getTranslation(key, sent.learnerName(), sent.destinationUai(), sent.reason() == null ? "" : sent.reason()),
                    6000, Notification.Position.BOTTOM_START).addThemeVariants(
                    sent.status() == TransferStatus.PENDING ? NotificationVariant.WARNING : NotificationVariant.SUCCESS);
        } catch (TransferRefusedException | ModuleDisabledException refused) {
            error.setText(refused.getMessage());
            return;
        }
        index++;
        if (index >= learners.size()) {
            close();
            done.run();
        } else {
            show();
        }
    }
}
