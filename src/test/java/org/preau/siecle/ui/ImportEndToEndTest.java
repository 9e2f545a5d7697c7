package org.preau.siecle.ui;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeStatus;
import org.preau.exchange.ExchangeSummary;
import org.preau.support.Browser;
import org.preau.support.BrowserExtension;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.PASSWORD;
import static org.preau.support.DemoUsers.SECRETAIRE;

/** The secretary imports the SIECLE sample in a real browser: upload, preview, confirmation, history. */
@PreauIntegrationTest
@ExtendWith(BrowserExtension.class)
class ImportEndToEndTest {

    @Autowired
    LyceeLearners lycee;
    @Autowired
    ExchangeLog exchangeLog;


    @BeforeEach
    void emptyLycee() {
        lycee.clear();
        lycee.year(2024);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_secretary_uploads_the_bee_export_confirms_the_preview_and_finds_the_import_in_the_history(Browser browser) {
        browser.logIn(SECRETAIRE, PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/eleves/import");
        browser.click(By.id("import-year"));
        browser.click(By.cssSelector("#import-year vaadin-select-item[label*='2024-2025']"));
        browser.waitUntil(d -> d.findElement(By.cssSelector("#import-year vaadin-select-value-button")).getText().contains("2024-2025"));

        fileInput(browser).sendKeys(Samples.path("lycee-verdier/2024/ElevesSansAdresses.xml").toAbsolutePath().toString());

        WebElement summary = browser.waitFor(By.id("import-summary"));
        assertThat(summary.getText()).contains("41 élèves dans le fichier").contains("40 arrivée(s)");
        assertThat(browser.driver().findElement(By.cssSelector("[data-count='active_without_division']")).getText()).contains("1");
        assertThat(lycee.count("learner")).as("nothing is written before confirmation").isZero();
        browser.screenshot("import-preview");

        browser.click(By.id("import-confirm"));
        browser.waitUntil(d -> String.valueOf(d.findElement(By.id("import-status")).getDomProperty("textContent")).contains("Import réalisé"));
        browser.screenshot("import-done");

        assertThat(lycee.count("learner")).isEqualTo(41);
        ExchangeSummary row = exchangeLog.history(ExchangeKind.SIECLE_BEE, 0, 1).getFirst();
        assertThat(row.status()).isEqualTo(ExchangeStatus.SUCCESS);
        assertThat(row.startedBy()).isEqualTo(SECRETAIRE);
        assertThat(row.payloadName()).isEqualTo("ElevesSansAdresses.xml");
        assertThat(row.counts()).containsEntry("arrivals", 40);
    }

    /** The upload's file input, in the light DOM or in the component's shadow root depending on the version. */
    private static WebElement fileInput(Browser browser) {
        WebElement upload = browser.waitFor(By.id("import-upload"));
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        if (!light.isEmpty()) return light.getFirst();
        SearchContext shadow = upload.getShadowRoot();
        return shadow.findElement(By.cssSelector("input[type=file]"));
    }
}
