package org.preau.siecle.ui;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.preau.support.Browser;
import org.preau.support.BrowserExtension;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.Samples;
import org.preau.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/** The secretary's way through an STS-WEB import and its history, in a real browser. */
@PreauIntegrationTest
@ExtendWith(BrowserExtension.class)
class StaffImportEndToEndTest {

    static final String FILE = "lycee-verdier/2024/sts_emp_0179912G_2024.xml";

    @Autowired
    StaffFixtures fixtures;

    @BeforeEach
    void emptyStaff() {
        fixtures.lyceeWithoutStaff(2024);
    }

    @Test
    void the_secretary_imports_the_sts_export_and_finds_it_with_its_file_in_the_history(Browser browser) {
        browser.logIn(SECRETAIRE, PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.open("/personnels/import");

        browser.click(By.id("import-year"));
        // the layout's own year selector holds hidden items with the same label: take the shown one
        browser.waitUntil(d -> d.findElements(By.xpath("//vaadin-select-item[contains(., '2024-2025')]")).stream()
                .filter(WebElement::isDisplayed).findFirst().map(item -> {
                    item.click();
                    return true;
                }).orElse(false));
        WebElement upload = browser.waitFor(By.id("staff-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(Samples.path(FILE).toAbsolutePath().toString());

        browser.waitFor(By.id("import-confirm"));
        assertThat(browser.driver().findElement(By.id("import-counts")).getText()).contains("individus : 16").contains("arrivées : 16");
        browser.screenshot("staff-import-preview");
        assertThat(fixtures.count("select count(*) from staff_member where establishment_id = ?", fixtures.lyceeId())).isZero();
        browser.click(By.id("import-confirm"));
        browser.waitUntil(d -> d.findElements(By.id("import-result-summary")).stream().anyMatch(WebElement::isDisplayed));
        assertThat(browser.driver().findElement(By.id("import-result-summary")).getText()).startsWith("16 personnels lus");
        assertThat(fixtures.count("select count(*) from staff_member where establishment_id = ?", fixtures.lyceeId())).isEqualTo(16);

        browser.click(By.xpath("//vaadin-side-nav-item[contains(@path, 'echanges/historique')]"));
        browser.click(By.xpath("//vaadin-grid-cell-content[contains(., 'sts_emp_0179912G_2024.xml')]"));
        WebElement download = browser.waitFor(By.id("exchange-download"));
        browser.screenshot("exchange-history-detail");
        String href = download.getDomAttribute("href");
        assertThat(href).isNotBlank();
        Object content = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer())"
                        + ".then(b => done(new TextDecoder('iso-8859-15').decode(b))).catch(e => done('ERROR ' + e));", href);
        assertThat((String) content).startsWith("<?xml").contains("<STS_EDT>").contains("UAJ CODE=\"0179912G\"").contains("NUÑEZ");
    }
}
