package org.preau.establishment.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.EtablissementImages;
import org.preau.establishment.ImageKind;
import org.preau.establishment.ImageUploads;
import org.preau.base.ui.AccessDeniedView;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

/** The Logo tab without a browser: preview of what is stored, delete, a refused file. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class LogoViewTest extends SpringBrowserlessTest {

    @Autowired ImageUploads uploads;
    @Autowired EtablissementImages images;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void noImages() {
        jdbc.update("delete from establishment_image where establishment_id = (select id from establishment where uai = ?)", LYCEE_UAI);
    }

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void an_uploaded_logo_is_previewed_and_deleted() throws IOException {
        LogoView view = navigate(LogoView.class);
        assertThat(view.deleteButtons.get(ImageKind.LOGO).isVisible()).isFalse();
        assertThat(view.previews.get(ImageKind.LOGO).getElement().getTextRecursively()).contains("Aucun logo pour l'instant.");

        view.stored(ImageKind.LOGO, uploads.accept(ImageKind.LOGO, new ByteArrayInputStream(png())));

        assertThat(view.previews.get(ImageKind.LOGO).getChildren().filter(Image.class::isInstance).count()).isEqualTo(1);
        assertThat(view.previews.get(ImageKind.LOGO).getElement().getTextRecursively()).contains("30 × 20 pixels")
                .contains("par Claire Martin").doesNotContain("secretaire");
        assertThat(test(find(Notification.class).single()).getText()).isEqualTo("Le logo est enregistré.");
        assertThat(view.deleteButtons.get(ImageKind.LOGO).isVisible()).isTrue();
        assertThat(view.deleteButtons.get(ImageKind.CACHET).isVisible()).isFalse();

        test(view.deleteButtons.get(ImageKind.LOGO)).click();

        assertThat(images.current(ImageKind.LOGO)).isEmpty();
        assertThat(view.deleteButtons.get(ImageKind.LOGO).isVisible()).isFalse();
        assertThat(view.previews.get(ImageKind.LOGO).getChildren().filter(Image.class::isInstance).count()).isZero();
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void a_stored_cachet_shows_at_opening_with_its_upload_button_labelled_as_the_seed() throws IOException {
        uploads.accept(ImageKind.CACHET, new ByteArrayInputStream(png()));

        LogoView view = navigate(LogoView.class);

        assertThat(view.previews.get(ImageKind.CACHET).getChildren().filter(Image.class::isInstance).count()).isEqualTo(1);
        assertThat(view.uploadsByKind.get(ImageKind.CACHET).getUploadButton().getElement().getTextRecursively())
                .isEqualTo("Télécharger le cachet de l'établissement");
        assertThat(view.uploadsByKind.get(ImageKind.LOGO).getUploadButton().getElement().getTextRecursively())
                .isEqualTo("Télécharger un logo");
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_refused_file_shows_the_french_reason() {
        LogoView view = navigate(LogoView.class);

        view.refused(ImageKind.LOGO, "Fichier refusé : il est vide.");

        assertThat(test(find(Notification.class).single()).getText()).isEqualTo("Fichier refusé : il est vide.");
        assertThat(images.current(ImageKind.LOGO)).isEmpty();
    }

    @Test
    @WithUserDetails(ENSEIGNANT)
    void a_teacher_cannot_open_the_tab() {
        navigate("parametres/logo", AccessDeniedView.class);
    }
}
