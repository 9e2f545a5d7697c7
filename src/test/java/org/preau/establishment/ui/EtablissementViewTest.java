package org.preau.establishment.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.preau.base.ui.AccessDeniedView;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

/** The Établissement tab, without a browser. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class EtablissementViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private String stored(String column) {
        return jdbc.queryForObject("select " + column + " from establishment where uai = ?", String.class, LYCEE_UAI);
    }

    private long storedVersion() {
        return jdbc.queryForObject("select version from establishment where uai = ?", Long.class, LYCEE_UAI);
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void valid_details_are_saved_when_valider_is_clicked() {
        EtablissementView view = navigate(EtablissementView.class);
        test(view.email).setValue("direction@lycee-verdier.example");
        test(view.city).setValue("Saintes");

        test(view.valider).click();

        assertThat(view.email.isInvalid()).isFalse();
        Notification notification = find(Notification.class).single();
        assertThat(test(notification).getText()).isEqualTo("Les informations de l'établissement sont enregistrées.");
        assertThat(stored("email")).isEqualTo("direction@lycee-verdier.example");
        assertThat(stored("city")).isEqualTo("Saintes");
        // the person's name, as the top bar shows it, not the username
        assertThat(view.lastUpdate.getText()).startsWith("Dernière modification le ").endsWith(" par Paul Durand.");
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_last_change_is_signed_with_the_authors_name() {
        jdbc.update("update establishment set updated_by = 'directeur', updated_at = current_timestamp where uai = ?", LYCEE_UAI);
        assertThat(navigate(EtablissementView.class).lastUpdate.getText()).endsWith(" par Paul Durand.");
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_last_change_is_signed_with_the_username_once_the_account_is_gone() {
        jdbc.update("update establishment set updated_by = 'compte.supprime', updated_at = current_timestamp where uai = ?", LYCEE_UAI);
        assertThat(navigate(EtablissementView.class).lastUpdate.getText()).endsWith(" par compte.supprime.");
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_uai_with_a_wrong_check_letter_shows_an_error_next_to_the_field_and_saves_nothing() {
        long versionBefore = storedVersion();
        EtablissementView view = navigate(EtablissementView.class);
        test(view.uai).setValue("0179912A");

        test(view.valider).click();

        assertThat(view.uai.isInvalid()).isTrue();
        assertThat(view.uai.getErrorMessage())
                .isEqualTo("La lettre clé ne correspond pas aux 7 chiffres du code UAI : la lettre attendue est G.");
        assertThat(storedVersion()).isEqualTo(versionBefore);
        assertThat(jdbc.queryForObject("select count(*) from establishment where uai = '0179912A'", Integer.class)).isZero();
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void an_empty_name_is_refused() {
        EtablissementView view = navigate(EtablissementView.class);
        test(view.name).setValue("");

        test(view.valider).click();

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Le nom de l'établissement est obligatoire.");
    }

    @Test
    @WithUserDetails(SECRETAIRE_BE)
    void a_belgian_school_shows_the_fase_number_instead_of_the_uai() {
        EtablissementView view = navigate(EtablissementView.class);
        assertThat(view.fase.isAttached()).isTrue();
        assertThat(view.uai.isAttached()).isFalse();
        assertThat(view.fase.getValue()).isEqualTo(ECOLE_FASE);
    }

    @Test
    @WithUserDetails(ENSEIGNANT)
    void a_teacher_cannot_enter_the_tab() {
        assertThatThrownBy(() -> navigate(EtablissementView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
