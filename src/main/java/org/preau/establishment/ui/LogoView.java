package org.preau.establishment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.preau.base.ui.FrenchUpload;
import org.preau.base.ui.Notify;
import org.preau.establishment.EtablissementImages;
import org.preau.establishment.ImageKind;
import org.preau.establishment.ImageRefusedException;
import org.preau.establishment.ImageUploads;
import org.preau.establishment.StoredImage;
import org.preau.security.DisplayNames;
import org.preau.security.Roles;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Paramètres › Logo: the logo and the cachet printed on every form. Each upload is checked and
 * re-encoded on the server ({@link ImageUploads}); the preview shows what was stored, never the
 * uploaded file.
 */
@Route("parametres/logo")
@Menu(order = 905, title = "nav.parametres.logo")
@RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR})
public class LogoView extends Main implements HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final EtablissementImages images;
    private final ImageUploads uploads;
    private final DisplayNames names;
    final Map<ImageKind, Upload> uploadsByKind = new EnumMap<>(ImageKind.class);
    final Map<ImageKind, Div> previews = new EnumMap<>(ImageKind.class);
    final Map<ImageKind, Button> deleteButtons = new EnumMap<>(ImageKind.class);

    public LogoView(EtablissementImages images, ImageUploads uploads, DisplayNames names) {
        this.names = names;
        this.images = images;
        this.uploads = uploads;
        addClassName("logo-view");
        Paragraph note = new Paragraph(getTranslation("logo.note", ImageUploads.MAX_BYTES / (1024 * 1024), String.valueOf(ImageUploads.MAX_SIDE)));
        note.addClassName("note");
        add(note);
        for (ImageKind kind : ImageKind.values()) add(section(kind));
    }

    private Component section(ImageKind kind) {
        String id = kind.name().toLowerCase(java.util.Locale.ROOT);
        // The handler reads at most the limit plus one byte: a larger file is refused before it is read whole.
        Upload upload = new Upload((UploadHandler) event -> {
            UI ui = event.getUI();
            try (InputStream in = event.getInputStream()) {
                StoredImage stored = uploads.accept(kind, in);
                ui.access(() -> stored(kind, stored));
            } catch (ImageRefusedException e) {
                ui.access(() -> refused(kind, e.getMessage()));
            }
        });
        upload.setId(id + "-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImageUploads.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setUploadButton(new Button(getTranslation(key("logo.upload", kind))));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("logo.drop")));
        upload.setI18n(FrenchUpload.texts(upload, ImageUploads.MAX_BYTES));
        upload.addFileRejectedListener(e -> Notify.error(getTranslation("image.error.tooBig", ImageUploads.MAX_BYTES / (1024 * 1024))));
        uploadsByKind.put(kind, upload);

        Div preview = new Div();
        preview.setId(id + "-preview");
        preview.addClassName("image-preview");
        previews.put(kind, preview);

        Button delete = new Button(getTranslation("logo.delete"));
        delete.setId(id + "-delete");
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.addClickListener(e -> {
            images.delete(kind);
            show(kind, Optional.empty());
            Notify.success(getTranslation(key("logo.deleted", kind)));
        });
        deleteButtons.put(kind, delete);
        show(kind, images.current(kind));

        H3 title = new H3(getTranslation(key("logo.title", kind)));
        Section section = new Section(title, preview, delete, upload);
        section.setId(id + "-section");
        section.addClassName("logo-section");
        return section;
    }

    void stored(ImageKind kind, StoredImage image) {
        show(kind, Optional.of(image));
        uploadsByKind.get(kind).clearFileList();
        Notify.success(getTranslation(key("logo.stored", kind)));
    }

    void refused(ImageKind kind, String message) {
        uploadsByKind.get(kind).clearFileList();
        Notify.error(message);
    }

    private void show(ImageKind kind, Optional<StoredImage> image) {
        Div preview = previews.get(kind);
        preview.removeAll();
        if (image.isEmpty()) {
            preview.add(new Paragraph(getTranslation(key("logo.none", kind))));
        } else {
            StoredImage stored = image.get();
            byte[] png = stored.png();
            Image img = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(png),
                    kind.name().toLowerCase(java.util.Locale.ROOT) + ".png", "image/png", png.length)),
                    getTranslation(key("logo.alt", kind)));
            img.getStyle().set("max-width", "16rem").set("max-height", "10rem").set("border", "1px solid var(--lumo-contrast-10pct)");
            Paragraph info = new Paragraph(getTranslation("logo.info", String.valueOf(stored.width()), String.valueOf(stored.height()),
                    WHEN.format(stored.updatedAt()), names.of(stored.updatedBy())));
            info.addClassName("note");
            preview.add(img, info);
        }
        deleteButtons.get(kind).setVisible(image.isPresent());
    }

    /** The translation key of a text that exists once per image kind, such as {@code logo.title.cachet}. */
    private static String key(String prefix, ImageKind kind) {
        return prefix + "." + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.parametres.logo");
    }
}
