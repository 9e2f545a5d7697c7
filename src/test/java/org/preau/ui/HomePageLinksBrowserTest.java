package org.preau.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.TeacherDivisionProvisioning;
import org.preau.support.Browser;
import org.preau.support.BrowserExtension;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/** In Chromium: every line of the director's home page leads where it says, and so does a teacher's class. */
@PreauIntegrationTest
@ExtendWith(BrowserExtension.class)
class HomePageLinksBrowserTest {

    @Autowired LyceeLearners lycee;
    @Autowired TeacherDivisionProvisioning divisions;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void somethingWaits() {
        wipe();
        long id = lycee.lyceeId();
        jdbc.update("insert into mail_message (establishment_id, recipient, subject, body, status, attempts, created_at, created_by) "
                + "values (?, 'ines.robert@inspection.example', 'Accès', 'Texte', 'FAILED', 5, now(6), 'test')", id);
        jdbc.update("insert into peer_delivery (id, establishment_id, peer, purpose, method, path, idempotency_key, status, attempts, created_at, "
                + "finished_at) values (?, ?, 'PREAU', 'home-browser-test', 'POST', '/x', ?, 'FAILED', 12, now(6), now(6))",
                UUID.randomUUID().toString(), id, UUID.randomUUID().toString());
        jdbc.update("insert into inspection_diploma (establishment_id, diploma_code, label, granted, changed_at, changed_by) "
                + "values (?, '20010018110', '2nde générale et technologique', true, now(6), 'test')", id);
        long diploma = jdbc.queryForObject("select id from inspection_diploma where establishment_id = ? and diploma_code = '20010018110'", Long.class, id);
        jdbc.update("insert into inspection_referent (diploma_id, establishment_id, username, display_name, email) "
                + "values (?, ?, 'inspecteur', 'Inès Robert', 'ines.robert@inspection.example')", diploma, id);
        jdbc.update("insert into exchange (establishment_id, kind, direction, status, started_at, started_by, started_by_name) "
                + "values (?, 'STS_WEB', 'IN', 'FAILURE', now(6), 'home-browser-test', 'Claire Martin')", id);
    }

    @AfterEach
    void wipe() {
        long id = lycee.lyceeId();
        jdbc.update("delete from peer_delivery where purpose = 'home-browser-test'");
        jdbc.update("delete from exchange where started_by = 'home-browser-test'");
        for (String table : new String[]{"inspection_referent", "inspection_diploma", "mail_message"}) {
            jdbc.update("delete from " + table + " where establishment_id = ?", id);
        }
    }

    private static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath().substring(1) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private List<String> hrefs(Browser browser, String section) {
        browser.waitFor(By.id(section));
        return browser.driver().findElements(By.cssSelector("#" + section + " a")).stream()
                .map(a -> pathOf(a.getDomProperty("href"))).toList();
    }

    /** Clicks the home page's link to {@code href} and checks the page it opens: that address, a page shown, not refused. */
    private void follow(Browser browser, String section, String href) {
        browser.open("/");
        browser.waitFor(By.id(section));
        browser.click(By.cssSelector("#" + section + " a[href='" + href + "']"));
        browser.waitUntil(d -> pathOf(d.getCurrentUrl()).equals(href));
        browser.waitUntil(d -> !d.findElements(By.cssSelector("main")).isEmpty());
        String page = browser.driver().findElement(By.tagName("body")).getText();
        assertThat(page).as(href).doesNotContain("Accès refusé", "Page introuvable", "Une erreur inattendue");
    }

    @Test
    void the_director_follows_every_line_and_each_opens_its_page(Browser browser) {
        browser.logIn(DIRECTEUR, PASSWORD);
        browser.waitFor(By.id("main-nav"));
        assertThat(browser.waitFor(By.className("home-context")).getText()).startsWith("Lycée professionnel Alphonse-Verdier");

        List<String> waiting = hrefs(browser, "home-waiting");
        assertThat(waiting).contains("parametres/courriels", "echanges/tableau-de-bord", "parametres/acces-inspecteur");
        for (String href : waiting) follow(browser, "home-waiting", href);
        browser.open("/");
        for (String href : hrefs(browser, "home-counts").stream().distinct().toList()) follow(browser, "home-counts", href);
        browser.open("/");
        List<String> recent = hrefs(browser, "home-recent");
        assertThat(recent).isNotEmpty();
        follow(browser, "home-recent", recent.getFirst());
        assertThat(browser.waitFor(By.id("exchange-detail")).getText()).contains("Claire Martin");

        follow(browser, "home-waiting", "parametres/courriels");
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("ines.robert@inspection.example");
    }

    @Test
    void a_teachers_class_opens_the_list_of_that_class(Browser browser) {
        lycee.clear();
        SchoolYearView y2024 = lycee.import2024();
        try {
            String division = jdbc.queryForObject("select division from enrolment where school_year_id = ? and active and division is not null "
                    + "group by division order by count(*) desc limit 1", String.class, y2024.id());
            divisions.assign(lycee.lyceeId(), y2024.id(), ENSEIGNANT, division);
            browser.logIn(ENSEIGNANT, PASSWORD);
            browser.waitFor(By.id("main-nav"));
            browser.chooseSchoolYear(y2024.label());

            String href = "eleves/liste?division=" + java.net.URLEncoder.encode(division, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(hrefs(browser, "home-waiting")).contains(href);
            follow(browser, "home-waiting", href);
            // the combo box's own value is an item key: the text shown is its input's
            browser.waitUntil(d -> division.equals(d.findElement(By.cssSelector("#filter-division input")).getDomProperty("value")));
        } finally {
            lycee.clear();
        }
    }
}
