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

/**
 * The director's way through the transfers, in a real browser: switch the module on, manual transfer
 * to a CFA without SIECLE, exchange history; then the CFA's director finds the learner received.
 */
@PreauIntegrationTest
class TransfersEndToEndTest {

    @LocalServerPort int port;
    @Autowired TransferWorld world;
    @Autowired JdbcTemplate jdbc;

    Browser browser;

    @BeforeEach
    void learnersWhoLeftAndACfaWithoutSiecle() {
        world.reset();
        world.lyceeImportsBothYears();
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
    void the_director_switches_transfers_on_transfers_a_learner_with_consent_and_the_cfa_finds_the_learner_received() {
        browser.logIn(DIRECTEUR, PASSWORD);
        browser.waitFor(By.id("main-nav"));

        // one switch: the module's; its page is not offered while it is off
        browser.open("/parametres/transferts");
        browser.waitUntil(d -> d.findElements(By.id("transfers-state")).isEmpty() && !d.findElements(By.id("main-nav")).isEmpty());
        browser.open("/parametres/modules");
        WebElement toggle = browser.waitFor(By.id("module-TRANSFERTS"));
        assertThat(toggle.getDomAttribute("checked")).isNull();
        browser.click(By.id("module-TRANSFERTS"));
        // saved on the server (the page then reloads so that the menu follows) before going on
        browser.waitUntil(d -> Boolean.TRUE.equals(jdbc.queryForList("select enabled from establishment_module where establishment_id = ? "
                + "and module = 'TRANSFERTS'", Boolean.class, world.lyceeId()).stream().findFirst().orElse(false)));
        // the switch reloads the Modules page so that the menu follows: opening another page before that
        // reload has run lets the reload take the browser back to Modules (seen on a loaded machine)
        browser.waitFor(By.cssSelector("#settings-tabs a[data-path='parametres/transferts']"));
        browser.open("/parametres/transferts");
        browser.waitFor(By.id("transfers-state"));
        browser.waitFor(By.id("transfers-other-establishment"));
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

        uai.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "0699998" + org.preau.establishment.Uai.checkLetter("0699998"),
                org.openqa.selenium.Keys.TAB);
        browser.waitUntil(d -> d.findElement(By.id("transfer-destination-kind")).getText().contains("n'est connu ni dans cette instance"));
        browser.waitFor(By.id("transfer-print-records"));
        browser.screenshot("transfert-manuel-inconnu");

        uai.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), TransferWorld.CFA_UAI, org.openqa.selenium.Keys.TAB);
        browser.waitUntil(d -> d.findElement(By.id("transfer-destination-kind")).getText().contains("Établissement de cette instance"));
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

        // the CFA had never heard of the learner: it is there now, with what it received
        long received = jdbc.queryForObject("select learner_id from learner_transfer_received where establishment_id = ?", Long.class,
                world.cfaId());
        String nom = jdbc.queryForObject("select nom from learner where id = ?", String.class, received);
        try (Browser cfa = new Browser("http://localhost:" + port)) {
            cfa.logIn(TransferWorld.CFA_DIRECTOR, PASSWORD);
            cfa.waitFor(By.id("main-nav"));
            cfa.open("/eleves/liste");
            cfa.waitUntil(d -> !d.findElements(By.xpath("//vaadin-grid-cell-content[contains(., '" + nom + "')]")).isEmpty());
            cfa.open("/eleves/" + received);
            cfa.waitUntil(d -> d.findElement(By.id("learner-transfers")).getText().contains("Données reçues de Lycée"));
            cfa.screenshot("transfert-recu-cfa");
        }
    }
}
