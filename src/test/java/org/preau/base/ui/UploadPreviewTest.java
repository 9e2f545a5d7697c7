package org.preau.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.SECRETAIRE;

/** The shared upload-and-preview component without a browser, through a screen built on it. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class UploadPreviewTest extends SpringBrowserlessTest {

    private UploadPreviewTestView upload(String content) throws Exception {
        UploadPreviewTestView view = navigate(UploadPreviewTestView.class);
        test(view.panel.upload).upload("personnes.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
        awaitWork(view);
        return view;
    }

    /** Lets the background work finish, then runs what it handed to the page. */
    private void awaitWork(UploadPreviewTestView view) throws Exception {
        roundTrip();
        if (view.panel.work() != null) view.panel.work().get(30, TimeUnit.SECONDS);
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_file_is_previewed_then_written_on_confirmer_with_a_link_to_the_history() throws Exception {
        UploadPreviewTestView view = upload("Ada;36\nBlaise;39\n");

        assertThat(view.panel.preview.isVisible()).isTrue();
        assertThat(view.panel.preview.getElement().getTextRecursively()).contains("2 personnes à ajouter");
        assertThat(view.panel.line.status.getText()).startsWith("Aperçu prêt");
        assertThat(view.panel.line.bar.isVisible()).isFalse();
        assertThat(view.written).isEmpty();
        assertThat(view.panel.upload.isVisible()).as("one decision at a time").isFalse();

        test(view.panel.confirm).click();
        awaitWork(view);

        assertThat(view.written).containsExactly("Ada", "Blaise");
        assertThat(view.panel.result.getElement().getTextRecursively()).contains("2 personnes ajoutées");
        Anchor history = (Anchor) view.panel.result.getChildren().flatMap(c -> c.getChildren())
                .filter(Anchor.class::isInstance).findFirst().orElseThrow();
        assertThat(history.getHref()).isEqualTo("echanges/historique?echange=42");
        assertThat(history.getText()).isEqualTo("Voir cet import dans l'historique des échanges");
        assertThat(view.panel.line.status.getText()).isEqualTo("Import réalisé.");
        assertThat(view.panel.upload.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void annuler_writes_nothing_and_leaves_no_preview() throws Exception {
        UploadPreviewTestView view = upload("Ada;36\n");

        test(view.panel.cancel).click();

        assertThat(view.written).isEmpty();
        assertThat(view.panel.preview.isVisible()).isFalse();
        assertThat(view.panel.actions.isVisible()).isFalse();
        assertThat(view.panel.line.status.getText()).isEqualTo("Import annulé : rien n'a été enregistré.");
        assertThat(view.panel.shown()).isNull();
        assertThat(view.panel.upload.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_refused_file_says_what_and_where_in_french_and_cannot_be_confirmed() throws Exception {
        UploadPreviewTestView view = upload("Ada;36\nBlaise;trente-neuf\n");

        String refusal = view.panel.refusal.getElement().getTextRecursively();
        assertThat(view.panel.refusal.isVisible()).isTrue();
        assertThat(refusal).contains("Fichier refusé").contains("L'âge doit être un nombre.").contains("(où : ligne 2, colonne 2)")
                .contains("Rien n'a été enregistré.");
        assertThat(view.panel.actions.isVisible()).isFalse();
        assertThat(view.panel.preview.isVisible()).isFalse();
        assertThat(view.written).isEmpty();
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_preview_with_blocking_errors_is_shown_as_a_refusal() throws Exception {
        UploadPreviewTestView view = upload("\n\n");

        assertThat(view.panel.refusal.getElement().getTextRecursively()).contains("Le fichier ne contient aucune ligne.");
        assertThat(view.panel.actions.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_file_over_the_limit_is_refused_on_the_server_before_it_is_read() throws Exception {
        UploadPreviewTestView view = upload("Ada;36\n".repeat(UploadPreviewTestView.LIMIT));

        assertThat(view.reads).isZero();
        assertThat(view.panel.refusal.getElement().getTextRecursively()).contains("Fichier refusé : il dépasse 1 Mo");
        assertThat(view.written).isEmpty();
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void an_unexpected_failure_shows_a_reference_and_not_the_exception() throws Exception {
        UploadPreviewTestView view = upload("BOOM\n");

        assertThat(view.panel.refusal.getElement().getTextRecursively())
                .containsPattern("référence au support : [0-9A-F]{8}").doesNotContain("a bug in the reader");
        assertThat(view.panel.upload.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_upload_widget_speaks_french_and_knows_its_limit() {
        UploadPreviewTestView view = navigate(UploadPreviewTestView.class);

        assertThat(view.panel.upload.getI18n().getAddFiles().getOne()).isEqualTo("Choisir le fichier…");
        assertThat(view.panel.upload.getI18n().getError().getFileIsTooBig()).isEqualTo("Fichier trop volumineux (1 Mo au plus).");
        assertThat(view.panel.upload.getMaxFileSize()).isEqualTo(UploadPreviewTestView.LIMIT);
        assertThat(view.panel.upload.getMaxFiles()).isEqualTo(1);
        assertThat(view.panel.confirm.getText()).isEqualTo("Confirmer");
        assertThat(view.panel.cancel.getText()).isEqualTo("Annuler");
    }
}
