package org.preau.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.preau.support.Browser;
import org.preau.testing.KeycloakExtension;
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
        assertThat(browser.waitFor(By.id("main-nav")).getText()).contains("Paramètres", "Établissement");
        assertThat(browser.driver().findElement(By.id("user-menu")).getText()).contains("Paul Durand");
        assertThat(output.getOut()).contains("Sign-in: user 'directeur'");
        browser.screenshot("keycloak-main-layout");

        browser.open("/parametres/etablissement");
        browser.waitFor(By.id("valider"));
        // the French lycée's form: its code is a UAI
        assertThat(browser.driver().findElement(By.className("etablissement-view")).getText()).contains("Code UAI (RNE)");
        assertThat(browser.driver().findElements(By.id("access-denied"))).isEmpty();

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

        browser.open("/");
        assertThat(browser.waitFor(By.id("main-nav")).getText()).doesNotContain("Paramètres");
    }

    @Test
    void the_belgian_director_works_in_the_school_of_his_fase_number() {
        browser.open("/");
        signIn("directeur.be");
        assertThat(browser.waitFor(By.id("current-establishment")).getText()).isEqualTo("École fondamentale Saint-Joseph");
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
