package org.preau.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.preau.support.Browser;
import org.preau.support.KeycloakExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.DIRECTEUR;
import static org.preau.support.DemoUsers.ENSEIGNANT;
import static org.preau.support.DemoUsers.PASSWORD;

/**
 * Sign-in through a real Keycloak (started by {@link KeycloakExtension} with the realm of
 * {@code docker/keycloak/preau-realm.json}), on Keycloak's own login page, in headless Chromium.
 * Local login is off under the {@code keycloak} profile: the demo accounts here are the realm's.
 */
@ExtendWith({KeycloakExtension.class, OutputCaptureExtension.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "keycloak"})
class KeycloakSingleSignOnTest {

    @LocalServerPort
    int port;

    Browser browser;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        KeycloakExtension.register(registry);
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void the_director_signs_in_on_keycloak_opens_the_establishment_tab_and_signing_out_ends_the_keycloak_session(
            CapturedOutput output) {
        browser.open("/");
        browser.waitFor(By.id("kc-login"));
        assertThat(browser.driver().getCurrentUrl()).startsWith(KeycloakExtension.server().issuerUri());
        browser.screenshot("keycloak-login");

        signIn(DIRECTEUR);
        assertThat(browser.waitFor(By.id("current-establishment")).getText()).isEqualTo("Lycée professionnel Alphonse-Verdier");
        assertThat(browser.waitFor(By.id("main-nav")).getText()).contains("Paramètres");
        assertThat(browser.driver().findElement(By.id("user-menu")).getText()).contains("Paul Durand");
        assertThat(output.getOut()).contains("Sign-in: user 'directeur'");
        browser.screenshot("keycloak-main-layout");

        browser.open("/parametres/etablissement");
        browser.waitFor(By.id("valider"));
        // the French lycée's form: its code is a UAI
        assertThat(browser.driver().findElement(By.className("etablissement-view")).getText()).contains("Code UAI (RNE)");
        assertThat(browser.driver().findElements(By.id("access-denied"))).isEmpty();
        assertThat(browser.waitFor(By.id("settings-tabs")).getText()).contains("Établissement", "Comptes");

        signOut();
        // Back on Keycloak's form: had its session survived, Keycloak would have signed him in again.
        browser.waitFor(By.id("kc-login"));
        browser.open("/");
        browser.waitFor(By.id("kc-login"));
        assertThat(browser.driver().getCurrentUrl()).startsWith(KeycloakExtension.server().issuerUri());
    }

    @Test
    void a_teacher_is_refused_the_establishment_tab() {
        browser.open("/parametres/etablissement");
        signIn(ENSEIGNANT);
        assertThat(browser.waitFor(By.id("access-denied")).getText()).contains("Accès refusé");
        assertThat(browser.driver().findElements(By.id("valider"))).isEmpty();

        // of Paramètres a teacher reads the processing register only
        browser.open("/parametres/registre-traitements");
        assertThat(browser.waitFor(By.id("settings-tabs")).getText()).doesNotContain("Établissement");
    }

    @Test
    void the_belgian_director_works_in_the_school_of_his_fase_number() {
        browser.open("/");
        signIn("directeur.be");
        assertThat(browser.waitFor(By.id("current-establishment")).getText()).isEqualTo("École fondamentale Saint-Joseph");

        // Paramètres › Comptes under Keycloak: who signed in, as the token said; accounts are made in Keycloak
        browser.open("/parametres/comptes");
        assertThat(browser.waitFor(By.cssSelector(".account-card[data-username='directeur.be']")).getText()).contains("Direction");
        assertThat(browser.driver().findElement(By.id("keycloak-admin")).getAttribute("href"))
                .startsWith(KeycloakExtension.server().baseUrl() + "/admin/preau/console/");
        assertThat(browser.driver().findElements(By.id("account-create"))).isEmpty();
        browser.screenshot("parametres-comptes-keycloak");
    }

    @Test
    void a_person_without_establishment_gets_a_french_page_and_may_sign_in_with_another_account(CapturedOutput output) {
        browser.open("/");
        signIn("sans.etablissement");
        WebElement refused = browser.waitFor(By.id("login-refused"));
        assertThat(refused.getText())
                .contains("Connexion refusée")
                .contains("Votre compte n'est rattaché à aucun établissement connu de Préau");
        assertThat(browser.driver().getTitle()).isEqualTo("Connexion refusée — Préau");
        assertThat(output.getOut()).contains("Refused sign-in: user 'sans.etablissement' serves no known establishment");
        browser.screenshot("keycloak-refused");

        browser.click(By.id("login-other-account"));
        browser.waitFor(By.id("kc-login"));
        signIn(DIRECTEUR);
        assertThat(browser.waitFor(By.id("current-establishment")).getText()).isEqualTo("Lycée professionnel Alphonse-Verdier");
    }

    @Test
    void an_account_disabled_and_signed_out_in_keycloak_loses_its_preau_session_within_seconds() throws Exception {
        browser.open("/");
        signIn("secretaire");
        assertThat(browser.waitFor(By.id("current-establishment")).getText()).isEqualTo("Lycée professionnel Alphonse-Verdier");

        KeycloakAdmin admin = new KeycloakAdmin();
        // Keycloak calls Préau back on the port this test's server took
        admin.setBackChannelLogoutUrl("http://127.0.0.1:" + port + "/logout/connect/back-channel/keycloak");
        String user = admin.userId("secretaire");
        try {
            admin.setEnabled(user, false);
            long signedOut = System.nanoTime();
            admin.signOut(user);
            // The browser still holds Préau's session cookie: only the back-channel call can have ended it.
            browser.open("/");
            browser.waitFor(By.id("kc-login"));
            assertThat(browser.driver().getCurrentUrl()).startsWith(KeycloakExtension.server().issuerUri());
            assertThat((System.nanoTime() - signedOut) / 1e9).isLessThan(15);
        } finally {
            admin.setEnabled(user, true);
        }
    }

    /** The few calls of Keycloak's admin REST API that an administrator's "disable, then sign out" makes. */
    private static final class KeycloakAdmin {

        private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        private final tools.jackson.databind.ObjectMapper json = new tools.jackson.databind.ObjectMapper();
        private final String base = KeycloakExtension.server().baseUrl();
        private final String token;

        KeycloakAdmin() throws Exception {
            String form = "grant_type=password&client_id=admin-cli&username=" + org.preau.support.KeycloakServer.ADMIN
                    + "&password=" + KeycloakExtension.server().clientSecret();
            var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            token = json.readTree(response.body()).get("access_token").asString();
        }

        private java.net.http.HttpResponse<String> call(String method, String path, String body) throws Exception {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/admin/realms/preau" + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody() : java.net.http.HttpRequest.BodyPublishers.ofString(body));
            var response = http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
            return response;
        }

        void setBackChannelLogoutUrl(String url) throws Exception {
            var clients = json.readTree(call("GET", "/clients?clientId=preau", null).body());
            var client = (tools.jackson.databind.node.ObjectNode) clients.get(0);
            ((tools.jackson.databind.node.ObjectNode) client.get("attributes")).put("backchannel.logout.url", url);
            client.put("frontchannelLogout", false);
            call("PUT", "/clients/" + client.get("id").asString(), json.writeValueAsString(client));
        }

        String userId(String username) throws Exception {
            return json.readTree(call("GET", "/users?exact=true&username=" + username, null).body()).get(0).get("id").asString();
        }

        void setEnabled(String userId, boolean enabled) throws Exception {
            call("PUT", "/users/" + userId, "{\"enabled\":" + enabled + "}");
        }

        /** What the console's Sessions › Sign out does: ends every session of the user, and tells each client. */
        void signOut(String userId) throws Exception {
            call("POST", "/users/" + userId + "/logout", null);
        }
    }

    /** Keycloak's own login form. */
    private void signIn(String username) {
        browser.waitFor(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(PASSWORD);
        browser.driver().findElement(By.id("kc-login")).click();
    }

    /** The user menu at the top right, then its "Se déconnecter" item. */
    private void signOut() {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.waitUntil(driver -> js.executeScript("return document.querySelector('#user-menu vaadin-menu-bar-button')") != null);
        ((WebElement) js.executeScript("return document.querySelector('#user-menu vaadin-menu-bar-button')")).click();
        browser.click(By.id("logout"));
    }
}
