package org.preau.account.ui;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.preau.support.Browser;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/**
 * In Chromium: the director creates a secretary's account; the secretary opens the one-time link
 * of the mail (read from the real SMTP server) on a phone, sets a password and signs in with it.
 */
@PreauIntegrationTest
class AccountsEndToEndTest {

    static final Pattern LINK = Pattern.compile("(http://\\S+/mot-de-passe/nouveau\\?jeton=[A-Za-z0-9_-]+)");

    @LocalServerPort int port;
    @Autowired GreenMail greenMail;
    @Autowired JdbcTemplate jdbc;

    Browser director;
    Browser secretary;
    String username;

    @BeforeEach
    void browsers() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
        username = "sec." + Long.toString(System.nanoTime(), 36);
        director = new Browser("http://localhost:" + port);
        director.driver().manage().window().setSize(new Dimension(1366, 900));
    }

    @AfterEach
    void close() {
        if (director != null) director.close();
        if (secretary != null) secretary.close();
    }

    @Test
    void a_director_creates_a_secretary_who_sets_her_password_through_the_mailed_link_and_signs_in() throws Exception {
        director.logIn(DIRECTEUR, PASSWORD);
        director.waitFor(By.id("main-nav"));
        director.open("/parametres/comptes");
        director.waitFor(By.cssSelector(".account-card[data-username='" + DIRECTEUR + "']"));
        assertThat(director.driver().findElement(By.id("accounts")).getText()).contains("Paul Durand", "Direction", "Actif");

        director.click(By.id("account-create"));
        director.waitFor(By.cssSelector("#account-username input")).sendKeys(username);
        director.driver().findElement(By.cssSelector("#account-name input")).sendKeys("Sophie Garnier");
        director.driver().findElement(By.cssSelector("#account-email input")).sendKeys(username + "@lycee-verdier.example");
        check("account-roles", "Secrétariat");
        checkStartingWith("account-establishments", "Lycée professionnel Alphonse-Verdier");
        director.click(By.id("account-save"));

        director.waitFor(By.cssSelector(".account-card[data-username='" + username + "']"));
        assertThat(director.driver().findElement(By.cssSelector(".account-card[data-username='" + username + "']")).getText())
                .contains("Sophie Garnier", "Secrétariat", "Jamais connecté");
        director.screenshot("parametres-comptes");

        assertThat(greenMail.waitForIncomingEmail(30_000, 1)).isTrue();
        MimeMessage mail = null;
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(username)) mail = m;
        }
        assertThat(mail).as("the mail to the new secretary").isNotNull();
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();

        director.driver().manage().window().setSize(new Dimension(390, 844));
        director.open("/parametres/comptes");
        director.waitFor(By.cssSelector(".account-card[data-username='" + username + "']"));
        director.screenshot("parametres-comptes-telephone");

        secretary = new Browser("http://localhost:" + port);
        secretary.driver().manage().window().setSize(new Dimension(390, 844));
        secretary.driver().get(link.group(1));
        assertThat(secretary.waitFor(By.className("password-card")).getText()).contains("Bonjour Sophie Garnier", username);
        secretary.waitFor(By.cssSelector("#new-password input")).sendKeys("court");
        secretary.driver().findElement(By.cssSelector("#new-password-again input")).sendKeys("court");
        secretary.click(By.id("set-password"));
        secretary.waitUntil(d -> d.findElement(By.id("new-password")).getText().contains("au moins 12 caractères")
                || Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return document.getElementById('new-password').invalid")));
        secretary.driver().findElement(By.cssSelector("#new-password input")).clear();
        secretary.driver().findElement(By.cssSelector("#new-password-again input")).clear();
        secretary.driver().findElement(By.cssSelector("#new-password input")).sendKeys("le tilleul de la cour");
        secretary.driver().findElement(By.cssSelector("#new-password-again input")).sendKeys("le tilleul de la cour");
        secretary.screenshot("mot-de-passe-telephone");
        secretary.click(By.id("set-password"));
        secretary.waitFor(By.id("password-set"));

        // the link is spent
        secretary.driver().get(link.group(1));
        secretary.waitFor(By.id("link-unusable"));

        // back at her desk: the user menu shows her name (a phone shows only her initials)
        secretary.driver().manage().window().setSize(new Dimension(1366, 900));
        secretary.logIn(username, "le tilleul de la cour");
        secretary.waitUntil(d -> d.findElement(By.id("user-menu")).getText().contains("Sophie Garnier"));
        assertThat(jdbc.queryForObject("select last_sign_in_at is not null from user_account where username = ?", Boolean.class, username)).isTrue();
    }

    @Test
    void a_temporary_password_read_out_by_the_director_leads_to_the_change_of_password_before_any_page() {
        jdbc.update("delete from sign_in_failure");
        director.logIn(DIRECTEUR, PASSWORD);
        director.waitFor(By.id("main-nav"));
        director.open("/parametres/comptes");
        director.click(By.id("account-create"));
        director.waitFor(By.cssSelector("#account-username input")).sendKeys(username);
        director.driver().findElement(By.cssSelector("#account-name input")).sendKeys("Marc Lefèvre");
        director.driver().findElement(By.cssSelector("#account-email input")).sendKeys(username + "@lycee-verdier.example");
        check("account-roles", "Enseignant");
        checkStartingWith("account-establishments", "Lycée professionnel Alphonse-Verdier");
        director.click(By.id("account-save"));
        director.click(By.cssSelector(".account-card[data-username='" + username + "'] vaadin-button[aria-label='Donner un mot de passe provisoire à Marc Lefèvre']"));
        String temporary = director.waitFor(By.id("temporary-password")).getText().strip();
        director.click(By.id("temporary-password-close"));
        director.waitFor(By.cssSelector(".account-card[data-username='" + username + "']"));
        assertThat(director.driver().findElement(By.cssSelector(".account-card[data-username='" + username + "']")).getText())
                .contains("Doit changer son mot de passe");

        secretary = new Browser("http://localhost:" + port);
        secretary.driver().manage().window().setSize(new Dimension(1366, 900));
        secretary.logIn(username, temporary);
        assertThat(secretary.waitFor(By.className("password-card")).getText()).contains("Changez votre mot de passe", "Marc Lefèvre");
        // no other page opens before the change
        secretary.open("/eleves/liste");
        secretary.waitFor(By.id("change-password"));
        secretary.waitFor(By.cssSelector("#new-password input")).sendKeys("les marronniers du préau");
        secretary.driver().findElement(By.cssSelector("#new-password-again input")).sendKeys("les marronniers du préau");
        secretary.click(By.id("change-password"));
        secretary.waitUntil(d -> d.findElement(By.id("user-menu")).getText().contains("Marc Lefèvre"));
        assertThat(jdbc.queryForObject("select must_change_password from user_account where username = ?", Boolean.class, username)).isFalse();
    }

    /** Ticks the checkbox of a checkbox group by its French label. */
    /** Another test of the shared database renames the lycée ("… — site 123"): match the start of its name. */
    private void checkStartingWith(String groupId, String label) {
        director.click(By.xpath("//vaadin-checkbox-group[@id='" + groupId + "']//vaadin-checkbox[.//label[starts-with(normalize-space(), '" + label + "')]]"));
    }

    private void check(String groupId, String label) {
        director.click(By.xpath("//vaadin-checkbox-group[@id='" + groupId + "']//vaadin-checkbox[.//label[normalize-space()='" + label + "']]"));
    }
}
