package org.preau.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.preau.support.Browser;
import org.preau.support.BrowserExtension;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/**
 * The main tasks with the keyboard only (Tab, Enter, Space, Escape; addresses typed as a user
 * types them in the address bar): sign in, open a learner, save the Établissement tab.
 */
@PreauIntegrationTest
@ExtendWith(BrowserExtension.class)
class KeyboardEndToEndTest {

    @Autowired LyceeLearners lycee;
    @Autowired JdbcTemplate jdbc;
    private String name;

    @BeforeEach
    void learners() {
        lycee.clear();
        lycee.import2024();
        name = jdbc.queryForObject("select name from establishment where id = ?", String.class, lycee.lyceeId());
    }

    /** Other tests of the shared database read the lycée's name. */
    @AfterEach
    void keepsTheName() {
        jdbc.update("update establishment set name = ? where id = ?", name, lycee.lyceeId());
    }

    @Test
    void the_director_signs_in_opens_a_learner_and_saves_the_establishment_without_a_mouse(Browser browser) {
        browser.open("/login");
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        // the login form takes the focus by itself
        browser.waitUntil(d -> "username".equals(focused(browser, "name")));
        keys(browser, DIRECTEUR);
        tabTo(browser, "input[name='password']");
        keys(browser, PASSWORD, Keys.ENTER);
        browser.waitFor(By.id("main-nav"));

        // the learners are in 2024-2025: the year picker, Enter, arrows down to that year, Enter (the page reloads)
        tabTo(browser, "vaadin-select#school-year");
        keys(browser, Keys.ENTER);
        browser.waitFor(By.cssSelector("vaadin-select-item"));
        for (int i = 0; i < 10 && !String.valueOf(focused(browser, "textContent")).contains("2024-2025"); i++) keys(browser, Keys.ARROW_DOWN);
        keys(browser, Keys.ENTER);
        browser.waitUntil(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                "const s = document.querySelector('vaadin-select#school-year'); return s && s.innerText;")).contains("2024-2025"));
        browser.waitFor(By.id("main-nav"));

        // the side menu: Tab to "Liste des élèves", Enter
        tabTo(browser, "vaadin-side-nav-item[path$='eleves/liste']");
        keys(browser, Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/eleves/liste"));
        browser.waitFor(By.cssSelector("#learners vaadin-grid-cell-content"));
        // into the grid (its header first, Tab again to its rows), Enter on the first learner opens the page
        tabTo(browser, "vaadin-grid#learners");
        if (Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "const a = document.querySelector('#learners').shadowRoot.activeElement;"
                        + "return !!a && (a.getAttribute('part') || '').includes('header-cell');"))) {
            keys(browser, Keys.TAB);
        }
        keys(browser, Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/eleves/[0-9]+$"));

        // Paramètres from the side menu, then the establishment's name, then Enregistrer with Space
        tabTo(browser, "vaadin-side-nav-item#nav-parametres");
        keys(browser, Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/parametres/etablissement"));
        browser.waitFor(By.cssSelector("#name input"));
        tabTo(browser, "#name input");
        // typed keys are ASCII: the key actions type what a keyboard has, not pasted characters
        String suffix = " - clavier " + System.nanoTime() % 1000;
        keys(browser, Keys.END, suffix);
        tabTo(browser, "vaadin-button#valider");
        keys(browser, Keys.SPACE);
        browser.waitFor(By.cssSelector("vaadin-notification-card"));
        browser.driver().navigate().refresh();
        browser.waitUntil(d -> String.valueOf(d.findElement(By.cssSelector("#name input")).getDomProperty("value")).endsWith(suffix));

        // the user's menu opens with Enter and closes with Escape
        tabTo(browser, "vaadin-menu-bar#user-menu");
        keys(browser, Keys.ENTER);
        browser.waitFor(By.id("logout"));
        keys(browser, Keys.ESCAPE);
        browser.waitUntil(d -> d.findElements(By.id("logout")).stream().noneMatch(e -> e.isDisplayed()));
    }

    private static void keys(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Presses Tab until the focus is in the element (a page has fewer than 80 stops before it). */
    private static void tabTo(Browser browser, String css) {
        for (int i = 0; i < 80; i++) {
            if (Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                    "const a = document.activeElement; return !!a && !!a.closest(arguments[0]);", css))) return;
            keys(browser, Keys.TAB);
        }
        assertThat(focused(browser, "outerHTML")).as("Tab never reached " + css).isNull();
    }

    private static String focused(Browser browser, String property) {
        Object value = ((JavascriptExecutor) browser.driver()).executeScript(
                "const a = document.activeElement; return a ? (a[arguments[0]] || a.getAttribute(arguments[0])) : null;", property);
        return value == null ? null : value.toString().substring(0, Math.min(200, value.toString().length()));
    }
}
