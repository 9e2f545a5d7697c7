package org.preau.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.preau.support.Browser;
import org.preau.support.BrowserExtension;
import org.preau.support.PreauIntegrationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/** Paramètres as one page with tabs, each tab its own address, in a real browser. */
@PreauIntegrationTest
@ExtendWith(BrowserExtension.class)
class SettingsTabsEndToEndTest {

    private static final By CURRENT_TAB = By.cssSelector("#settings-tabs a[aria-current='page']");

    @Test
    void a_tab_opens_by_its_address_another_by_a_click_and_the_back_button_returns_to_the_first(Browser browser) {
        viewport(browser, 1366, 900);
        browser.logIn(DIRECTEUR, PASSWORD);
        browser.waitFor(By.id("main-nav"));

        // the side menu has one Paramètres entry, no entry per settings page
        List<String> settingsEntries = browser.driver().findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(item -> item.getDomAttribute("path")).filter(path -> path != null && path.contains("parametres")).toList();
        assertThat(settingsEntries).containsExactly("parametres/etablissement");

        browser.open("/parametres/logo");
        browser.waitUntil(d -> "parametres/logo".equals(d.findElement(CURRENT_TAB).getDomAttribute("data-path")));
        assertThat(browser.driver().findElement(By.id("nav-parametres")).getDomAttribute("current")).isNotNull();
        assertThat(browser.driver().getTitle()).contains("Logo");

        browser.click(By.cssSelector("#settings-tabs a[data-path='parametres/modules']"));
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/parametres/modules"));
        browser.waitFor(By.id("module-ACCES_INSPECTEUR"));
        browser.waitUntil(d -> "parametres/modules".equals(d.findElement(CURRENT_TAB).getDomAttribute("data-path")));
        // still one page: the side menu's Paramètres stays lit
        assertThat(browser.driver().findElement(By.id("nav-parametres")).getDomAttribute("current")).isNotNull();

        browser.driver().navigate().back();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/parametres/logo"));
        browser.waitUntil(d -> "parametres/logo".equals(d.findElement(CURRENT_TAB).getDomAttribute("data-path")));
        assertThat(browser.driver().findElements(By.id("module-ACCES_INSPECTEUR"))).isEmpty();

        // the side menu's entry opens the first tab
        browser.click(By.id("nav-parametres"));
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/parametres/etablissement"));
        browser.waitFor(By.id("valider"));
        browser.screenshot("parametres-onglets");
    }

    @Test
    void on_a_phone_the_tab_bar_scrolls_sideways_and_shows_the_open_tab(Browser browser) {
        viewport(browser, 390, 844);
        browser.logIn(DIRECTEUR, PASSWORD);
        browser.waitFor(By.cssSelector("vaadin-app-layout"));

        browser.open("/parametres/courriels");
        browser.waitFor(CURRENT_TAB);
        browser.waitUntil(d -> "parametres/courriels".equals(d.findElement(CURRENT_TAB).getDomAttribute("data-path")));
        @SuppressWarnings("unchecked")
        Map<String, Object> bar = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const bar = document.getElementById('settings-tabs');
                return {scroll: bar.scrollWidth, width: bar.clientWidth, overflow: getComputedStyle(bar).overflowX,
                        pageWidth: document.documentElement.scrollWidth};""");
        assertThat(((Number) bar.get("scroll")).longValue()).isGreaterThan(((Number) bar.get("width")).longValue());
        assertThat(bar.get("overflow")).isEqualTo("auto");
        // the page itself does not scroll sideways: only the bar does
        assertThat(((Number) bar.get("pageWidth")).longValue()).isLessThanOrEqualTo(390);
        // the open tab was brought into view, whole
        browser.waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const r = document.querySelector("#settings-tabs a[aria-current='page']").getBoundingClientRect();
                return r.left >= 0 && r.right <= window.innerWidth;""")));
        browser.screenshot("parametres-onglets-telephone");

        // a tab is a link: tapping another one opens it
        browser.click(By.cssSelector("#settings-tabs a[data-path='parametres/etablissement']"));
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/parametres/etablissement"));
        browser.waitFor(By.id("valider"));
    }

    /** The page's own size (the window's is larger by the browser's frame). */
    private static void viewport(Browser browser, int width, int height) {
        browser.driver().manage().window().setSize(new Dimension(width, height));
        @SuppressWarnings("unchecked")
        List<Number> inner = (List<Number>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [window.innerWidth, window.innerHeight];");
        browser.driver().manage().window().setSize(new Dimension(2 * width - inner.get(0).intValue(), 2 * height - inner.get(1).intValue()));
    }
}
