package org.preau.establishment.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.preau.support.Browser;
import org.preau.support.BrowserExtension;
import org.preau.support.PreauIntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/** The director's way through the Établissement tab, in a real browser. */
@PreauIntegrationTest
@ExtendWith(BrowserExtension.class)
@ExtendWith(OutputCaptureExtension.class)
class EtablissementEndToEndTest {

    @Test
    void the_director_renames_the_establishment_and_finds_the_new_name_after_a_reload(Browser browser, CapturedOutput output) {
        browser.open("/");
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        browser.screenshot("login");
        browser.logIn(DIRECTEUR, "mauvais-mot-de-passe");
        browser.waitFor(By.cssSelector("vaadin-login-form[error]"));
        assertThat(output.getOut()).contains("Failed sign-in: user 'directeur'").doesNotContain("mauvais-mot-de-passe");

        browser.logIn(DIRECTEUR, PASSWORD);
        browser.waitFor(By.id("main-nav"));
        assertThat(output.getOut()).contains("Sign-in: user 'directeur'");
        // the demo password is printed once at start by design; never by a sign-in
        assertThat(output.getOut().lines().filter(l -> l.contains("sign-in") || l.contains("Sign-in")))
                .isNotEmpty().noneMatch(l -> l.contains(PASSWORD));
        browser.screenshot("main-layout");

        browser.open("/parametres/etablissement");
        WebElement name = browser.waitFor(By.cssSelector("#name input"));
        String newName = "Lycée professionnel Alphonse-Verdier — site " + System.nanoTime() % 1000;
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), newName);
        browser.click(By.id("valider"));
        browser.waitFor(By.cssSelector("vaadin-notification-card"));
        browser.screenshot("etablissement-saved");

        browser.driver().navigate().refresh();
        browser.waitUntil(d -> newName.equals(d.findElement(By.cssSelector("#name input")).getDomProperty("value")));
        // the layout shows the new name too, in the switcher of a director who serves two establishments
        assertThat(browser.driver().findElement(By.cssSelector("#establishment-switcher input")).getDomProperty("value"))
                .isEqualTo(newName + " (" + LYCEE_UAI + ")");
        browser.screenshot("etablissement");
    }
}
