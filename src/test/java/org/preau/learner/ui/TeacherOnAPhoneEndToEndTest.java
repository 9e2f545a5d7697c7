package org.preau.learner.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.TeacherDivisionProvisioning;
import org.preau.support.Browser;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/**
 * A teacher between two classes, on a phone (390 × 844): every control of the top bar, the
 * pupil list, the pupil page and the record dialog is within the screen, and a bilan written at
 * half past midnight (Paris) carries that day's date.
 */
@PreauIntegrationTest
class TeacherOnAPhoneEndToEndTest {

    @LocalServerPort int port;
    @Autowired LyceeLearners lycee;
    @Autowired TeacherDivisionProvisioning teacherDivisions;
    @Autowired SettableClock clock;
    @Autowired JdbcTemplate jdbc;

    Browser browser;
    SchoolYearView year;

    @BeforeEach
    void lyceeAndPhone() {
        lycee.clear();
        year = lycee.import2024();
        teacherDivisions.assign(lycee.lyceeId(), year.id(), ENSEIGNANT, "2NDE 1");
        browser = new Browser("http://localhost:" + port);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void close() {
        clock.reset();
        if (browser != null) browser.close();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private void noHorizontalOverflow(String where) {
        Object widths = js().executeScript(
                "return {page: document.documentElement.scrollWidth, window: window.innerWidth}");
        @SuppressWarnings("unchecked") Map<String, Long> w = (Map<String, Long>) widths;
        assertThat(w.get("page")).as("no horizontal scrolling on " + where).isLessThanOrEqualTo(w.get("window"));
    }

    /** The element lies entirely within the screen's width: a thumb reaches it. */
    private void withinReach(WebElement element, String what) {
        // a drawer or a menu slides in: measure once it has settled
        try {
            browser.waitUntil(d -> {
                Map<String, Number> r = rect(element);
                return r.get("width").doubleValue() > 0 && r.get("left").doubleValue() >= 0 && r.get("right").doubleValue() <= 390.5;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            // the assertions below say what is out of reach
        }
        Map<String, Number> r = rect(element);
        assertThat(r.get("width").doubleValue()).as(what + " is shown").isPositive();
        assertThat(r.get("left").doubleValue()).as(what + " starts on the screen").isGreaterThanOrEqualTo(0);
        assertThat(r.get("right").doubleValue()).as(what + " ends on the screen").isLessThanOrEqualTo(390.5);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Number> rect(WebElement element) {
        return (Map<String, Number>) js().executeScript(
                "const r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right, width: r.width}", element);
    }

    @Test
    void the_teacher_reaches_every_control_and_writes_a_bilan_after_midnight() {
        browser.logIn(ENSEIGNANT, "not-the-password");
        browser.waitUntil(d -> d.getCurrentUrl().contains("error"));
        browser.waitUntil(d -> ENSEIGNANT.equals(d.findElement(By.cssSelector("vaadin-login-form input[name='username']")).getDomProperty("value")));
        browser.logIn(ENSEIGNANT, PASSWORD);
        WebElement userMenu = browser.waitFor(By.id("user-menu"));
        withinReach(userMenu, "the user menu");
        withinReach(browser.waitFor(By.tagName("vaadin-drawer-toggle")), "the menu button");
        noHorizontalOverflow("the home page");

        // The year picker sits in the drawer on a phone.
        browser.click(By.tagName("vaadin-drawer-toggle"));
        WebElement picker = browser.waitFor(By.id("drawer-school-year"));
        withinReach(picker, "the year picker");
        browser.click(By.id("drawer-school-year"));
        // the top bar's picker (hidden on a phone) has the same items: take the one shown
        By year2024 = By.xpath("//vaadin-select-item[contains(., '2024-2025')]");
        browser.waitUntil(d -> d.findElements(year2024).stream().anyMatch(WebElement::isDisplayed));
        browser.screenshot("teacher-year-picker-390");
        browser.driver().findElements(year2024).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        browser.waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(picker)::apply);

        // Se déconnecter is within reach behind the avatar.
        browser.click(By.id("user-menu"));
        withinReach(browser.waitFor(By.id("logout")), "Se déconnecter");
        browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);

        browser.open("/eleves/liste");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#learners vaadin-grid-cell-content")).isEmpty()
                && d.findElements(By.cssSelector("#learners vaadin-grid-cell-content")).stream().anyMatch(c -> c.getText().equals("BERNARD")));
        withinReach(browser.waitFor(By.id("filter-search")), "the search field");
        withinReach(browser.waitFor(By.id("learners")), "the pupil list");
        noHorizontalOverflow("the pupil list");

        long bernard = lycee.idOf("BERNARD");
        browser.open("/eleves/" + bernard);
        browser.waitFor(By.id("learner-identity"));
        withinReach(browser.waitFor(By.id("add-bilan")), "Ajouter un bilan");
        noHorizontalOverflow("the pupil page");
        browser.screenshot("teacher-pupil-page-390");

        clock.set(Instant.parse("2026-12-06T23:30:00Z"));
        browser.click(By.id("add-bilan"));
        WebElement date = browser.waitFor(By.id("record-date"));
        withinReach(date, "the date field");
        withinReach(browser.waitFor(By.id("record-save")), "Enregistrer");
        assertThat(date.getDomProperty("value")).as("today in Paris at 00:30").isEqualTo("2026-12-07");
        browser.screenshot("teacher-record-dialog-390");
        browser.waitFor(By.cssSelector("#record-title input")).sendKeys("Bilan écrit après minuit");
        browser.waitFor(By.cssSelector("#record-content textarea")).sendKeys("Bonne participation.");
        browser.click(By.id("record-save"));
        browser.waitUntil(d -> d.findElements(By.id("record-save")).isEmpty());
        assertThat(jdbc.queryForObject("select record_date from learner_record where learner_id = ? and title = ?",
                java.sql.Date.class, bernard, "Bilan écrit après minuit").toLocalDate()).hasToString("2026-12-07");
    }
}
