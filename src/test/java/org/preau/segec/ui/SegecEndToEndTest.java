package org.preau.segec.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.preau.segec.SegecFixtures;
import org.preau.support.Browser;
import org.preau.support.DemoUsers;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The director's way through the SeGEC forms and the collective activation, against the sandbox peer, in a real browser. */
@PreauIntegrationTest
class SegecEndToEndTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    Browser browser;
    long ecole;

    @BeforeEach
    void openBrowser() {
        ecole = SegecFixtures.ecole(jdbc);
        SegecFixtures.reset(jdbc);
        // The director answered the Extranet question already: the first-visit dialog stays closed.
        jdbc.update("insert into segec_transfer_consent (establishment_id, consented, decided_at, decided_by) values (?, false, now(6), 'test')",
                ecole);
        // Dubois already has a SeGEC account from another school: the extranet knows his e-mail.
        jdbc.update("delete from sandbox_segec_member where fase = '9001'");
        jdbc.update("insert into sandbox_segec_member (fase, school_year, external_ref, account_id, last_name, first_name, birth_date, email, "
                + "role, active, updated_at) values ('9001', '2025-2026', 'X1', 'SEGEC-OLD1', 'Dubois', 'Marc', '1979-01-23', "
                + "'marc.dubois@mail.example', 'TEACHER', false, now(6))");
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        jdbc.update("delete from sandbox_segec_member where fase = '9001'");
    }

    @Test
    void the_director_prints_the_forms_records_consents_activates_the_accounts_and_sees_each_outcome() {
        browser.logIn("directeur.be", DemoUsers.PASSWORD);
        browser.waitFor(By.id("main-nav"));

        browser.open("/personnels/transferts/autorisations-segec");
        browser.waitFor(By.id("segec-members"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        // The grid's select-all box is the first checkbox it holds (its header).
        js.executeScript("document.querySelector('#segec-members vaadin-checkbox').click()");
        browser.waitUntil(d -> Boolean.TRUE.equals(js.executeScript(
                "return document.querySelector('#segec-members vaadin-checkbox').checked")));
        // The box is ticked in the browser first; the download only prints what the server holds as chosen,
        // so wait for the server's answer (it hides the "choose first" hint) before fetching.
        browser.waitUntil(d -> Boolean.TRUE.equals(js.executeScript(
                "const h = document.getElementById('print-hint'); return h === null || h.hidden || h.offsetParent === null")));
        Object head = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('print-all').href).then(r => r.arrayBuffer())
                    .then(b => done(new TextDecoder('latin1').decode(new Uint8Array(b).slice(0, 5)) + ' ' + b.byteLength))
                    .catch(e => done('error ' + e));""");
        assertThat(String.valueOf(head)).startsWith("%PDF-");
        assertThat(Long.parseLong(String.valueOf(head).split(" ")[1])).isGreaterThan(20_000);

        for (String nom : List.of("Lemaire", "Dubois", "Goossens")) {
            long id = staffId(nom);
            browser.click(By.id("consent-" + id));
            browser.waitUntil(d -> text("consent-" + id).contains("reçue le"));
        }
        browser.screenshot("segec-autorisations");

        browser.open("/personnels/transferts/activation-segec");
        browser.waitFor(By.id("activation-eligible"));
        browser.waitUntil(d -> text("activation-eligible").contains("Lemaire Sophie"));
        assertThat(text("activation-excluded")).contains("Janssens Luc", "Pas d'adresse e-mail privée", "Maes Julie",
                "Aucune autorisation signée reçue");
        browser.click(By.id("activation-confirm"));
        browser.click(By.cssSelector("vaadin-button[slot='confirm-button']"));

        browser.waitUntil(d -> text("activation-outcomes").contains("invitation envoyée"));
        browser.waitUntil(d -> !text("activation-outcomes").contains("réponse attendue"));
        String outcomes = text("activation-outcomes");
        assertThat(outcomes).contains("Lemaire Sophie", "Goossens Philippe", "invitation envoyée (adresse inconnue de l'extranet)",
                "confirmation envoyée (adresse connue de l'extranet)");
        js.executeScript("document.getElementById('activation-eligible').scrollIntoView({block: 'start'})");
        browser.screenshot("segec-activation");
        assertThat(jdbc.queryForList("select state from segec_account where establishment_id = ? and staff_member_id = ?", String.class,
                ecole, staffId("Dubois"))).containsExactly("CONFIRMATION_SENT");
    }

    @Test
    void a_belgian_director_is_asked_once_at_the_first_visit_and_after_a_no_the_transfer_page_offers_the_tick_box() {
        jdbc.update("delete from segec_transfer_consent where establishment_id = ?", ecole);
        browser.logIn("directeur.be", DemoUsers.PASSWORD);

        browser.waitFor(By.id("extranet-ask-no"));
        String dialog = String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.getElementById('extranet-ask-no').closest('vaadin-dialog-overlay, vaadin-dialog').textContent"));
        assertThat(dialog).contains("Transfert Extranet SeGEC : votre accord", "adresse e-mail privée",
                "plusieurs fois par semaine", "retirer votre accord à tout moment");
        browser.screenshot("segec-premiere-visite");
        browser.click(By.id("extranet-ask-no"));
        browser.waitUntil(d -> jdbc.queryForList("select consented from segec_transfer_consent where establishment_id = ?",
                Boolean.class, ecole).equals(List.of(false)));
        assertThat(jdbc.queryForObject("select decided_by from segec_transfer_consent where establishment_id = ?", String.class, ecole))
                .isEqualTo("directeur.be");

        browser.open("/personnels/transferts/extranet-segec");
        browser.waitFor(By.id("extranet-decision"));
        assertThat(text("extranet-decision")).startsWith("Refus le").contains("directeur.be");
        assertThat(browser.driver().findElements(By.id("extranet-ask-no"))).isEmpty();
        browser.click(By.id("extranet-consent"));
        browser.click(By.id("extranet-consent-save"));
        browser.waitUntil(d -> text("extranet-decision").startsWith("Accord donné le"));
        assertThat(jdbc.queryForObject("select consented from segec_transfer_consent where establishment_id = ?", Boolean.class, ecole)).isTrue();
    }

    /** The element's text; empty while the grid re-renders it (the old element is then stale). */
    private String text(String id) {
        try {
            return String.valueOf(browser.driver().findElement(By.id(id)).getDomProperty("textContent"));
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return "";
        }
    }

    private long staffId(String nom) {
        return jdbc.queryForObject("select id from staff_member where establishment_id = ? and nom_usage = ?", Long.class, ecole, nom);
    }
}
