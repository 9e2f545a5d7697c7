package org.preau.miroir;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.preau.support.Browser;
import org.preau.support.BrowserExtension;
import org.preau.support.PreauIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.PASSWORD;

/** The director's way through the Miroir wizard of a Belgian school, in a real browser: Non, then Oui. */
@PreauIntegrationTest
@ExtendWith(BrowserExtension.class)
@org.springframework.security.test.context.support.WithUserDetails(MiroirFixture.DIRECTOR)
class MiroirEndToEndTest {

    @org.springframework.beans.factory.annotation.Autowired MiroirPupils pupils;
    @org.springframework.beans.factory.annotation.Autowired CapitalPeriodesImport capital;

    @RegisterExtension
    static final MiroirFixture fixture = new MiroirFixture();

    /** The school's year under way: three pupils and a capital-périodes of two lines. */
    @BeforeEach
    void yearUnderWay() {
        var year = fixture.positionOn(org.preau.base.SchoolYearLabel.startYear(java.time.LocalDate.now()));
        fixture.enrol(year, java.util.List.of(new String[]{"MIR-W1", "Whiskey", "Wim"}, new String[]{"MIR-W2", "Xray", "Xia"},
                new String[]{"MIR-W3", "Yankee", "Yves"}));
        pupils.confirm("eleves.csv", MiroirFixture.csv("Identifiant;Nom;Niveau;Implantation",
                "MIR-W1;Whiskey;P1;Centre", "MIR-W2;Xray;P6;Centre", "MIR-W3;Yankee;M2;Annexe"));
        capital.confirm("capital.csv", MiroirFixture.csv("FASE;Année scolaire;Implantation;Niveau;Nature;Périodes",
                "7781;" + year.label() + ";Centre;P;ENC;26", "7781;" + year.label() + ";Annexe;M;ENC;13"));
    }

    @Test
    void the_director_examines_the_calculation_answers_no_then_yes_and_finds_the_send_in_the_exchange_history(Browser browser) {
        browser.logIn(MiroirFixture.DIRECTOR, PASSWORD);
        browser.waitFor(By.id("main-nav"));

        browser.open("/eleves/transferts/miroir");
        browser.waitUntil(d -> d.findElement(By.id("miroir-context")).getText().contains("capital-périodes"));
        browser.click(By.id("miroir-compute"));
        browser.waitFor(By.id("miroir-indicators"));
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        js.executeScript("document.getElementById('miroir-detail-CAPITAL_ALLOUE').scrollIntoView({block: 'center'})");
        Object questionBefore = js.executeScript("return document.getElementById('miroir-confirm').getBoundingClientRect().top");
        browser.click(By.id("miroir-detail-CAPITAL_ALLOUE"));
        WebElement check = browser.waitFor(By.id("miroir-detail-check"));
        assertThat(check.getText()).contains("2 lignes sources ; la somme de leurs contributions donne 39.");
        browser.waitFor(By.id("miroir-detail-export"));
        browser.screenshot("miroir-detail");
        browser.click(By.id("miroir-detail-close"));
        browser.waitUntil(d -> d.findElements(By.id("miroir-detail-check")).isEmpty());
        assertThat(js.executeScript("return document.getElementById('miroir-confirm').getBoundingClientRect().top"))
                .as("the detail opened over the page: the question did not move").isEqualTo(questionBefore);

        reach(browser, "miroir-no");
        browser.waitUntil(d -> d.findElement(By.id("miroir-outcome")).getText().contains("Rien n'a été envoyé"));
        assertThat(browser.driver().findElements(By.cssSelector("#miroir-submissions vaadin-grid-cell-content")).stream()
                .noneMatch(c -> c.getText().contains("capital-périodes"))).isTrue();

        reach(browser, "miroir-compute");
        reach(browser, "miroir-yes");
        browser.waitUntil(d -> !d.findElements(By.id("miroir-history-link")).isEmpty());
        browser.screenshot("miroir-sent");
        reach(browser, "miroir-history-link");
        browser.waitUntil(d -> d.getPageSource().contains("Transfert Miroir (capital-périodes"));
        browser.screenshot("miroir-history");
    }

    /** Clicks an element that may lie outside the scrolled part of the view (Selenium would call it hidden). */
    private static void reach(Browser browser, String id) {
        browser.waitUntil(d -> !d.findElements(By.id(id)).isEmpty());
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", id);
        browser.click(By.id(id));
    }
}
