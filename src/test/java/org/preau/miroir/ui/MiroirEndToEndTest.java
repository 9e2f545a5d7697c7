package org.preau.miroir.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.preau.support.Browser;
import org.preau.support.PreauIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.DIRECTEUR;
import static org.preau.support.DemoUsers.PASSWORD;

/** The director's way through the Miroir wizard of the demo école, in a real browser: Non, then Oui. */
@PreauIntegrationTest
class MiroirEndToEndTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void the_director_examines_the_calculation_answers_no_then_yes_and_finds_the_send_in_the_exchange_history() {
        browser.logIn(DIRECTEUR, PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.click(By.cssSelector("#establishment-switcher input"));
        browser.waitFor(By.cssSelector("vaadin-combo-box-item"));
        browser.driver().findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(item -> item.getText().contains("Saint-Joseph")).findFirst().orElseThrow().click();
        browser.waitUntil(d -> {
            try { // the page reloads after the switch
                return d.findElement(By.cssSelector("#establishment-switcher input")).getDomProperty("value").contains("5432");
            } catch (org.openqa.selenium.WebDriverException reloading) {
                return false;
            }
        });

        browser.open("/eleves/transferts/miroir");
        browser.waitUntil(d -> d.findElement(By.id("miroir-context")).getText().contains("capital-périodes"));
        browser.click(By.id("miroir-compute"));
        browser.waitFor(By.id("miroir-indicators"));
        browser.click(By.id("miroir-detail-CAPITAL_ALLOUE"));
        WebElement check = browser.waitFor(By.id("miroir-detail-check"));
        assertThat(check.getText()).contains("lignes sources");
        browser.waitFor(By.id("miroir-detail-export"));
        browser.screenshot("miroir-detail");

        reach("miroir-no");
        browser.waitUntil(d -> d.findElement(By.id("miroir-outcome")).getText().contains("Rien n'a été envoyé"));
        assertThat(browser.driver().findElements(By.cssSelector("#miroir-submissions vaadin-grid-cell-content")).stream()
                .noneMatch(c -> c.getText().contains("capital-périodes"))).isTrue();

        reach("miroir-compute");
        reach("miroir-yes");
        browser.waitUntil(d -> !d.findElements(By.id("miroir-history-link")).isEmpty());
        browser.screenshot("miroir-sent");
        reach("miroir-history-link");
        browser.waitUntil(d -> d.getPageSource().contains("Transfert Miroir (capital-périodes"));
        browser.screenshot("miroir-history");
    }

    /** Clicks an element that may lie outside the scrolled part of the view (Selenium would call it hidden). */
    private void reach(String id) {
        browser.waitUntil(d -> !d.findElements(By.id(id)).isEmpty());
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", id);
        browser.click(By.id(id));
    }
}
