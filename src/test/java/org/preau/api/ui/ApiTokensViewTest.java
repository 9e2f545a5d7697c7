package org.preau.api.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.DIRECTEUR;

/** The API tokens page without a browser. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(DIRECTEUR)
    void an_empty_token_list_says_how_to_create_one() {
        ApiTokensView view = navigate(ApiTokensView.class);

        assertThat(view.grid.getEmptyStateText()).isEqualTo(
                "Aucun jeton d'accès : créez-en un ci-dessus pour qu'un logiciel lise les données de l'établissement.");
    }
}
