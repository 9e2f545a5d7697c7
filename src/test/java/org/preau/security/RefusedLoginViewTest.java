package org.preau.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.preau.security.ui.RefusedLoginView;
import org.preau.support.PreauIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The French page of a refused Keycloak sign-in, without a browser. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class RefusedLoginViewTest extends SpringBrowserlessTest {

    @Test
    void each_reason_of_a_refusal_has_its_own_french_message() {
        assertThat(messageFor(RefusedLoginException.Reason.NO_ESTABLISHMENT))
                .isEqualTo("Votre compte n'est rattaché à aucun établissement connu de Préau : l'annuaire ne donne le code UAI ou FASE d'aucun établissement géré ici.");
        assertThat(messageFor(RefusedLoginException.Reason.NO_ROLE))
                .isEqualTo("Votre compte n'a aucun rôle dans Préau (secrétariat, direction, inspection ou enseignant).");
        assertThat(messageFor(RefusedLoginException.Reason.FAILED)).isEqualTo("La connexion n'a pas abouti.");
    }

    @Test
    void an_unknown_reason_in_the_address_reads_as_a_failed_sign_in() {
        RefusedLoginView view = open("<script>");
        assertThat(view.getElement().getTextRecursively()).contains("La connexion n'a pas abouti.").doesNotContain("<script>");
    }

    @Test
    void the_link_ends_the_keycloak_session_when_the_handler_left_its_address_and_only_once() {
        String endSession = "http://localhost:8180/realms/preau/protocol/openid-connect/logout?id_token_hint=x";
        VaadinSession.getCurrent().getSession().setAttribute(RefusedLoginView.LOGOUT_URL_ATTRIBUTE, endSession);

        RefusedLoginView view = open("etablissement");
        assertThat(link(view).getAttribute("href")).isEqualTo(endSession);
        assertThat(link(view).getText()).isEqualTo("Se connecter avec un autre compte");
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(RefusedLoginView.LOGOUT_URL_ATTRIBUTE)).isNull();

        view = open("etablissement");
        assertThat(link(view).getText()).isEqualTo("Réessayer de se connecter");
    }

    private RefusedLoginView open(String reason) {
        UI.getCurrent().navigate(RefusedLoginView.class, QueryParameters.of(RefusedLoginView.REASON_PARAMETER, reason));
        return (RefusedLoginView) getCurrentView();
    }

    private String messageFor(RefusedLoginException.Reason reason) {
        RefusedLoginView view = open(reason.code());
        return view.getElement().getChildren()
                .flatMap(card -> card.getChildren())
                .filter(e -> "login-refused-message".equals(e.getAttribute("id")))
                .findFirst().orElseThrow().getText();
    }

    private static com.vaadin.flow.dom.Element link(RefusedLoginView view) {
        return view.getElement().getChildren().flatMap(card -> card.getChildren())
                .filter(e -> "login-other-account".equals(e.getAttribute("id")))
                .findFirst().orElseThrow();
    }
}
