package org.preau.transfer.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.preau.support.Browser;
import org.preau.support.PreauIntegrationTest;
import org.preau.transfer.TransferWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.DIRECTEUR;
import static org.preau.support.DemoUsers.PASSWORD;

/** The director's way through the transfers, in a real browser: switch on, manual transfer, exchange history. */
@PreauIntegrationTest
class TransfersEndToEndTest {

    @LocalServerPort int port;
    @Autowired TransferWorld world;
    @Autowired JdbcTemplate jdbc;

    Browser browser;

    @BeforeEach
    void learnersWhoLeftAndACfaThatKnowsThem() {
        world.reset();
        world.lyceeImportsBothYears();
        world.cfaImportsTheSamePupils();
        world.switchTransfers(TransferWorld.CFA_DIRECTOR, true);
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void switchesBackToDefault() {
        world.switchesBackToDefault();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void the_director_switches_transfers_on_transfers_a_learner_with_consent_and_finds_it_in_the_exchange_history() {
        browser.logIn(DIRECTEUR, PASSWORD);
        browser.waitFor(By.id("main-nav"));

        browser.open("/parametres/transferts");
        WebElement toggle = browser.waitFor(By.id("transfers-switch"));
        assertThat(toggle.getDomAttribute("checked")).isNull();
        browser.click(By.id("transfers-switch"));
        browser.waitFor(By.cssSelector("vaadin-notification-card"));
        browser.waitUntil(d -> d.findElement(By.id("transfers-run-now")).getDomAttribute("disabled") == null);
        browser.screenshot("transferts");

        browser.open("/eleves/transferts/manuels");
        browser.waitFor(By.id("transferable-grid"));
        browser.waitUntil(d -> d.findElements(By.cssSelector("#transferable-grid vaadin-grid-cell-content vaadin-checkbox")).size() > 1);
        browser.screenshot("transferables");
        // the first checkbox selects all; the second is the first learner's
        browser.driver().findElements(By.cssSelector("#transferable-grid vaadin-grid-cell-content vaadin-checkbox")).get(1).click();
        browser.click(By.id("transfer-selected"));

        WebElement uai = browser.waitFor(By.cssSelector("#transfer-uai input"));
        uai.sendKeys("0179912G");
        browser.click(By.cssSelector("#transfer-consent-giver vaadin-radio-button"));
        browser.click(By.id("transfer-confirm"));
        browser.waitUntil(d -> d.findElement(By.id("transfer-error")).getText().contains("votre propre établissement"));

        uai.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), TransferWorld.CFA_UAI);
        browser.screenshot("transfert-manuel");
        browser.click(By.id("transfer-confirm"));
        browser.waitUntil(d -> d.findElements(By.id("manual-transfer-dialog")).isEmpty()
                || !d.findElement(By.id("manual-transfer-dialog")).isDisplayed());

        String learner = jdbc.queryForObject("select learner_name from learner_transfer where establishment_id = ? and status = 'DELIVERED'",
                String.class, world.lyceeId());
        browser.open("/echanges/historique");
        browser.waitUntil(d -> !d.findElements(By.xpath("//vaadin-grid-cell-content[contains(., 'Données de "
                + learner + " transférées')]")).isEmpty());
        browser.screenshot("transfert-historique");
        assertThat(jdbc.queryForObject("select count(*) from learner_transfer_received where establishment_id = ?", Integer.class,
                world.cfaId())).isEqualTo(1);
    }
}
