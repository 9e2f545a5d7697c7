package org.preau.learner.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.TeacherDivisionProvisioning;
import org.preau.support.Browser;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/**
 * A teacher typing a bilan when the node holding their session stops: the browser comes back to
 * the sign-in page (here the session cookie is dropped, which is what the other node sees: a
 * session it does not know), and the bilan opened again after signing in holds what was typed.
 */
@PreauIntegrationTest
class BilanDraftEndToEndTest {

    @LocalServerPort int port;
    @Autowired LyceeLearners lycee;
    @Autowired TeacherDivisionProvisioning teacherDivisions;
    @Autowired JdbcTemplate jdbc;

    Browser browser;
    long bernard;

    @BeforeEach
    void teacherOfTheDivision() {
        lycee.clear();
        SchoolYearView year = lycee.import2024();
        teacherDivisions.assign(lycee.lyceeId(), year.id(), ENSEIGNANT, "2NDE 1");
        bernard = lycee.idOf("BERNARD");
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void close() {
        if (browser != null) browser.close();
    }

    /** The samples are of 2024-2025: the teacher works in that year (the picker reloads the page). */
    private void signInFor2024() {
        browser.logIn(ENSEIGNANT, PASSWORD);
        browser.waitUntil(d -> !d.getCurrentUrl().contains("/login"));
        // after a lost session the sign-in goes back to the learner's page, refused in the year en cours: start from home
        browser.open("/");
        WebElement picker = browser.waitFor(By.id("school-year"));
        if (String.valueOf(picker.getDomProperty("innerText")).contains("2024-2025")) return;
        browser.click(By.id("school-year"));
        browser.click(By.xpath("//vaadin-select-item[contains(., '2024-2025')]"));
        browser.waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(picker)::apply);
        browser.waitUntil(d -> {
            try {
                return String.valueOf(d.findElement(By.id("school-year")).getDomProperty("innerText")).contains("2024-2025");
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
    }

    private void openNewBilan() {
        browser.open("/eleves/" + bernard);
        browser.click(By.id("add-bilan"));
        browser.waitFor(By.id("record-save"));
    }

    private Object kept() {
        return ((JavascriptExecutor) browser.driver()).executeScript(
                "return Object.keys(sessionStorage).filter(k => k.startsWith('preau.brouillon.')).length");
    }

    @Test
    void a_bilan_typed_when_the_session_is_lost_comes_back_after_signing_in_again_and_goes_once_saved() {
        signInFor2024();
        openNewBilan();
        browser.waitFor(By.cssSelector("#record-title input")).sendKeys("Bilan du conseil de classe");
        browser.waitFor(By.cssSelector("#record-content textarea")).sendKeys("Des progrès nets en atelier depuis la Toussaint.");
        assertThat(browser.driver().findElements(By.id("record-draft-restored"))).as("nothing to restore yet").noneMatch(WebElement::isDisplayed);

        // the node stops: its session is gone, and the page comes back from a server that does not know the cookie
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver().navigate().refresh();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login"));
        assertThat(jdbc.queryForObject("select count(*) from learner_record where learner_id = ? and title = ?", Integer.class,
                bernard, "Bilan du conseil de classe")).as("not saved: the session was lost").isZero();

        signInFor2024();
        openNewBilan();
        browser.waitUntil(d -> d.findElements(By.id("record-draft-restored")).stream().anyMatch(WebElement::isDisplayed));
        assertThat(browser.driver().findElement(By.id("record-draft-restored")).getText()).startsWith("Brouillon retrouvé");
        assertThat(browser.waitFor(By.cssSelector("#record-title input")).getDomProperty("value")).isEqualTo("Bilan du conseil de classe");
        assertThat(browser.waitFor(By.cssSelector("#record-content textarea")).getDomProperty("value"))
                .isEqualTo("Des progrès nets en atelier depuis la Toussaint.");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        browser.screenshot("teacher-bilan-draft-restored-1366");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.screenshot("teacher-bilan-draft-restored-390");

        browser.click(By.id("record-save"));
        browser.waitUntil(d -> d.findElements(By.id("record-save")).isEmpty());
        assertThat(jdbc.queryForObject("select count(*) from learner_record where learner_id = ? and title = ?", Integer.class,
                bernard, "Bilan du conseil de classe")).isEqualTo(1);
        browser.waitUntil(d -> Long.valueOf(0).equals(kept()));

        openNewBilan();
        assertThat(browser.waitFor(By.cssSelector("#record-title input")).getDomProperty("value")).as("a saved bilan leaves no draft").isEmpty();
        assertThat(browser.driver().findElements(By.id("record-draft-restored"))).noneMatch(WebElement::isDisplayed);
    }
}
