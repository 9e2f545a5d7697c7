package org.preau.miroir.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.preau.miroir.MiroirFileRefusedException;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One CSV import of the Miroir screens: upload, preview (nothing written), Confirmer or Annuler.
 * A refused file shows its French message with the line and column.
 *
 * @param <P> the preview the service returns
 */
class CsvImportPanel<P> extends Section {

    private static final int MAX_UPLOAD = 2 * 1024 * 1024;

    final Upload upload;
    final Div refusal = new Div();
    final Section previewSection = new Section();
    final Button confirm = new Button();
    final Button cancel = new Button();
    final Div result = new Div();

    private final BiFunction<String, byte[], P> preview;
    private final BiFunction<String, byte[], P> confirmation;
    private final Function<P, Component> previewContent;
    private final Function<P, String> resultText;
    private String fileName;
    private byte[] content;

    CsvImportPanel(String idPrefix, String uploadText, BiFunction<String, byte[], P> preview, BiFunction<String, byte[], P> confirmation,
                   Function<P, Component> previewContent, Function<P, String> resultText) {
        this.preview = preview;
        this.confirmation = confirmation;
        this.previewContent = previewContent;
        this.resultText = resultText;
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> receive(metadata.fileName(), bytes)));
        upload.setId(idPrefix + "-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD);
        upload.setAcceptedFileTypes(".csv", ".txt");
        upload.setUploadButton(new Button(uploadText));
        upload.setDropLabel(new Span(getTranslation("miroir.import.drop")));
        refusal.setId(idPrefix + "-refusal");
        refusal.addClassName("import-refusal");
        refusal.setVisible(false);
        previewSection.setId(idPrefix + "-preview");
        previewSection.setVisible(false);
        confirm.setText(getTranslation("miroir.import.confirm"));
        confirm.setId(idPrefix + "-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> confirm());
        cancel.setText(getTranslation("miroir.import.cancel"));
        cancel.setId(idPrefix + "-cancel");
        cancel.addClickListener(e -> reset());
        result.setId(idPrefix + "-result");
        result.setVisible(false);
        add(upload, refusal, previewSection, result);
    }

    void receive(String name, byte[] bytes) {
        reset();
        try {
            P p = preview.apply(name, bytes);
            fileName = name;
            content = bytes;
            previewSection.removeAll();
            previewSection.add(previewContent.apply(p), new HorizontalLayout(cancel, confirm));
            previewSection.setVisible(true);
        } catch (MiroirFileRefusedException e) {
            showRefusal(e.getMessage(), e.location());
        }
    }

    private void confirm() {
        if (content == null) return;
        try {
            P done = confirmation.apply(fileName, content);
            result.removeAll();
            result.add(new Paragraph(resultText.apply(done)));
            result.setVisible(true);
            previewSection.setVisible(false);
            content = null;
        } catch (MiroirFileRefusedException e) {
            previewSection.setVisible(false);
            showRefusal(e.getMessage(), e.location());
        }
    }

    private void showRefusal(String message, String location) {
        refusal.removeAll();
        refusal.add(new Paragraph(getTranslation("miroir.import.refused")), new Paragraph(message));
        if (location != null) refusal.add(new Paragraph(getTranslation("miroir.import.location", location)));
        refusal.setVisible(true);
    }

    private void reset() {
        refusal.setVisible(false);
        previewSection.setVisible(false);
        result.setVisible(false);
        content = null;
    }
}
