package org.preau.inspection.ui;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.preau.establishment.SchoolYearView;
import org.preau.inspection.InspectionProvisioning;
import org.preau.inspection.Referent;
import org.preau.learner.LearnerRecordService;
import org.preau.learner.RecordDraft;
import org.preau.learner.RecordKind;
import org.preau.learner.TeacherDivisionProvisioning;
import org.preau.support.Browser;
import org.preau.support.SignedIn;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.preau.support.DemoUsers.*;

/** In a real browser: the director puts a logo and grants a diploma; the inspector signs in and reads its learners. */
@PreauIntegrationTest
class InspectorAccessEndToEndTest {

    static final String SECONDE = "20010018110";
    static final String PREMIERE = "20110019110";

    @LocalServerPort int port;
    @Autowired LyceeLearners lycee;
    @Autowired InspectionProvisioning provisioning;
    @Autowired JdbcTemplate jdbc;
    @Autowired GreenMail greenMail;
    @Autowired TeacherDivisionProvisioning teacherDivisions;
    @Autowired LearnerRecordService records;
    @Autowired SignedIn signedIn;

    Browser browser;
    SchoolYearView year;
    Path logo;

    @BeforeEach
    void lyceeWithLearners() throws Exception {
        long lyceeId = lycee.lyceeId();
        for (String table : new String[]{"inspection_grant_change", "inspection_referent", "inspection_diploma", "mail_message",
                "establishment_image", "establishment_module"}) {
            jdbc.update("delete from " + table + " where establishment_id = ?", lyceeId);
        }
        lycee.clear();
        year = lycee.import2024();
        Referent ines = new Referent(INSPECTEUR, "Inès Robert", "ines.robert@inspection.example");
        provisioning.ensureDiploma(lyceeId, SECONDE, "2nde générale et technologique", ines);
        provisioning.ensureDiploma(lyceeId, PREMIERE, "Première générale", ines,
                new Referent("jdupont", "Jean Dupont", "jean.dupont@inspection.example"));
        long first = jdbc.queryForObject("select learner_id from enrolment where school_year_id = ? and code_mef = ? order by sort_name limit 1",
                Long.class, year.id(), SECONDE);
        String division = jdbc.queryForObject("select division from enrolment where learner_id = ? and school_year_id = ?", String.class,
                first, year.id());
        teacherDivisions.assign(lyceeId, year.id(), ENSEIGNANT, division);
        signedIn.forget();
        signedIn.as(ENSEIGNANT, () -> {
            lycee.workIn(year);
            records.create(first, new RecordDraft(RecordKind.BILAN, LocalDate.of(2024, 12, 13), "Bilan du premier trimestre",
                    "Travail régulier, participation à l'oral en progrès."));
        });
        greenMail.purgeEmailFromAllMailboxes();
        logo = Files.createTempFile("logo", ".png");
        ImageIO.write(sampleLogo(), "png", logo.toFile());
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) browser.close();
        signedIn.forget();
        lycee.clearInspectorGrants(lycee.lyceeId());
        Files.deleteIfExists(logo);
    }

    private String nameOfFirst(String codeMef) {
        return jdbc.queryForObject("""
                select coalesce(nullif(l.nom_usage, ''), l.nom) from learner l join enrolment e on e.learner_id = l.id
                where e.school_year_id = ? and e.code_mef = ? order by e.sort_name limit 1""", String.class, year.id(), codeMef);
    }

    @Test
    void the_director_grants_a_diploma_and_the_inspector_reads_its_learners() {
        browser.logIn(DIRECTEUR, PASSWORD);
        browser.waitFor(By.id("main-nav"));

        browser.open("/parametres/logo");
        fileInput("logo-upload").sendKeys(logo.toAbsolutePath().toString());
        browser.waitFor(By.cssSelector("#logo-preview img"));
        browser.waitFor(By.id("logo-delete"));
        noNotification();
        browser.screenshot("logo");

        browser.open("/parametres/acces-inspecteur");
        WebElement seconde = browser.waitFor(By.id("grant-" + SECONDE));
        assertThat(seconde.getText()).isEqualTo("2nde générale et technologique (Inès Robert)");
        assertThat(browser.waitFor(By.id("grant-" + PREMIERE)).getText()).isEqualTo("Première générale (Inès Robert, Jean Dupont)");
        browser.click(By.id("grant-" + SECONDE));
        browser.waitFor(By.cssSelector("vaadin-notification-card"));
        await().atMost(Duration.ofSeconds(20)).until(() -> greenMail.getReceivedMessages().length == 1);
        browser.waitUntil(d -> d.findElement(By.id("grant-" + SECONDE)).getDomAttribute("checked") != null);
        noNotification();
        browser.screenshot("acces-inspecteur");
        assertThat(jdbc.queryForObject("select granted from inspection_diploma where establishment_id = ? and diploma_code = ?",
                Boolean.class, lycee.lyceeId(), SECONDE)).isTrue();
        browser.close();
        browser = new Browser("http://localhost:" + port);

        browser.logIn(INSPECTEUR, PASSWORD);
        browser.waitFor(By.id("main-nav"));
        browser.chooseSchoolYear("2024-2025");
        browser.open("/inspection");
        browser.waitFor(By.id("granted-diplomas"));
        browser.waitFor(By.id("inspection-learners"));
        String expected = nameOfFirst(SECONDE);
        String other = nameOfFirst(PREMIERE);
        browser.waitUntil(d -> cells(d).contains(expected));
        assertThat(cells(browser.driver())).doesNotContain(other);
        assertThat(navLabels()).contains("Inspection").doesNotContain("Paramètres", "Élèves");
        browser.screenshot("inspection");

        browser.click(By.xpath("//vaadin-grid-cell-content[text()='" + expected + "']"));
        browser.waitFor(By.id("inspection-learner-identity"));
        browser.waitUntil(d -> d.findElement(By.id("records-BILAN")).getText().contains("Bilan du premier trimestre"));
        browser.screenshot("inspection-eleve");
        long otherId = jdbc.queryForObject("select e.learner_id from enrolment e where e.school_year_id = ? and e.code_mef = ? limit 1",
                Long.class, year.id(), PREMIERE);
        browser.open("/inspection/eleve/" + otherId);
        browser.waitUntil(d -> d.getPageSource().contains("Accès refusé"));
        assertThat(browser.driver().findElements(By.id("inspection-learner-identity"))).isEmpty();
    }

    /** The confirmation has faded: the screenshot shows the page itself. */
    private void noNotification() {
        browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());
    }

    private static List<String> cells(WebDriver driver) {
        return driver.findElements(By.cssSelector("#inspection-learners vaadin-grid-cell-content")).stream().map(WebElement::getText).toList();
    }

    private List<String> navLabels() {
        return browser.driver().findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    private WebElement fileInput(String id) {
        WebElement upload = browser.waitFor(By.id(id));
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        if (!light.isEmpty()) return light.getFirst();
        SearchContext shadow = upload.getShadowRoot();
        return shadow.findElement(By.cssSelector("input[type=file]"));
    }

    /** A logo to upload: a shield with the school's initials. */
    static BufferedImage sampleLogo() {
        BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1f4e79));
        g.fillRoundRect(10, 10, 220, 140, 40, 40);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
        g.drawString("LAV", 58, 105);
        g.dispose();
        return image;
    }
}
