package org.preau.transfer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.preau.establishment.ModuleDisabledException;
import org.preau.transfer.LearnerTransfers;
import org.preau.transfer.TransferRefusedException;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * Under the destination UAI of the manual transfer: where it leads (an establishment of this
 * instance, of a known instance of the federation, or nowhere Préau can send), why a learner that
 * moves by itself is not sent by hand, and for a destination outside the federation the printed
 * dossier to hand over.
 */
class DestinationPreview extends Div {

    /** What the director typed leads to: sendable, automatic only, or unknown (print instead). */
    enum Verdict { NONE, SENDABLE, AUTOMATIC, UNKNOWN, INVALID }

    private final LearnerTransfers transfers;
    private final Supplier<byte[]> print;
    final Paragraph text = new Paragraph();
    final Button printRecords = new Button();
    final Anchor download = new Anchor();
    private byte[] printed;
    private Verdict verdict = Verdict.NONE;

    /** @param print prints the dossier with the dialog's consent; throws {@link TransferRefusedException} when incomplete */
    DestinationPreview(LearnerTransfers transfers, Supplier<byte[]> print, java.util.function.Consumer<String> refused) {
        this.transfers = transfers;
        this.print = print;
        setId("transfer-destination-preview");
        text.setId("transfer-destination-kind");
        printRecords.setId("transfer-print-records");
        printRecords.setText(getTranslation("transfer.dialog.printRecords"));
        printRecords.addThemeVariants(ButtonVariant.TERTIARY);
        printRecords.addClickListener(e -> {
            try {
                printed = this.print.get();
                download.setVisible(true);
            } catch (TransferRefusedException | ModuleDisabledException no) {
                refused.accept(no.getMessage());
            }
        });
        download.setId("transfer-records-download");
        download.setText(getTranslation("transfer.dialog.downloadRecords"));
        download.setTarget("_blank");
        download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(printed == null
                ? new byte[0] : printed), "dossier-apprenant.pdf", "application/pdf", printed == null ? 0 : printed.length)));
        add(text, printRecords, download);
        clear();
    }

    Verdict verdict() {
        return verdict;
    }

    void clear() {
        verdict = Verdict.NONE;
        text.setText("");
        printRecords.setVisible(false);
        download.setVisible(false);
        printed = null;
    }

    /** Shows where the UAI leads; returns the refusal to show on the field, or null. */
    String update(String typed) {
        clear();
        if (typed == null || typed.isBlank()) return null;
        try {
            LearnerTransfers.Destination d = transfers.destination(typed);
            String name = d.name() == null ? d.uai() : d.name() + " (" + d.uai() + ")";
            if (d.automatic()) {
                verdict = Verdict.AUTOMATIC;
                text.setText(getTranslation("transfer.dialog.kind.automatic", name));
            } else {
                verdict = Verdict.SENDABLE;
                text.setText(d.local() ? getTranslation("transfer.dialog.kind.local", name)
                        : getTranslation("transfer.dialog.kind.federation", name, d.instance()));
            }
            return null;
        } catch (TransferRefusedException refused) {
            if ("transfer.error.uaiUnknown".equals(refused.key())) {
                verdict = Verdict.UNKNOWN;
                // the long explanation here, a short one on the field (a long one spills over the next fields)
                text.setText(refused.getMessage() + " " + getTranslation("transfer.dialog.kind.unknown"));
                printRecords.setVisible(true);
                return getTranslation("transfer.dialog.uaiUnknown");
            } else {
                verdict = Verdict.INVALID;
            }
            return refused.getMessage();
        }
    }
}
