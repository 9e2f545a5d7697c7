package org.preau.pupil;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.miroir.Indicator;
import org.preau.miroir.MiroirIndicators;
import org.preau.security.LocalAccounts;
import org.preau.support.Browser;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.pupil.PupilSchool.niss;
import static org.preau.support.DemoUsers.PASSWORD;

/**
 * A school director's whole year in a real browser: imports the pupil CSV, confirms, moves the year
 * up in the switchover wizard, computes Miroir; the pupil counts are the file's. The school is the
 * tests' own (a switchover on the demo école would change the years other tests rely on).
 */
@PreauIntegrationTest
class BelgianPupilsEndToEndTest {

    /** 40 pupils: 36 in M1–P5 over two implantations, 4 in P6 who leave at the move-up. */
    static final int PUPILS = 40;
    static final int P6 = 4;

    @Autowired EtablissementProvisioning provisioning;
    @Autowired JdbcTemplate jdbc;
    @Autowired SignedIn signedIn;
    @Autowired MiroirIndicators indicators;

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    static void school(@Autowired EtablissementProvisioning provisioning, @Autowired LocalAccounts accounts) {
        PupilSchool.ensure(provisioning, accounts);
    }

    @BeforeEach
    void emptySchoolAndBrowser() {
        PupilSchool.reset(provisioning, jdbc, PupilSchool.FASE);
        browser = new Browser("http://localhost:" + port);
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        signedIn.forget();
    }

    private static byte[] file() {
        String[] levels = {"M1", "M2", "M3", "P1", "P2", "P3", "P4", "P5", "P6"};
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= PUPILS; i++) {
            String level = i <= P6 ? "P6" : levels[i % 8];
            int born = 2027 - (i <= P6 ? 11 : 3 + i % 8);
            String implantation = i % 2 == 0 ? "Centre" : "Les Tilleuls";
            lines.add("Élève" + i + ";Prénom" + i + ";" + (i % 2 == 0 ? "F" : "M") + ";" + String.format("%02d/%02d/%d", 1 + i % 28, 1 + i % 12, born)
                    + ";" + niss(born, 1 + i % 12, 1 + i % 28, i) + ";N" + i + ";" + implantation + ";" + (i % 2 == 0 ? "5871" : "5872")
                    + ";" + level + ";" + level + (i % 2 == 0 ? "A" : "B") + ";01/09/2029;" + (level.equals("P6") ? "réussi" : ""));
        }
        return PupilSchool.csv(lines.toArray(String[]::new));
    }

    @Test
    void the_director_imports_the_csv_confirms_moves_the_year_up_and_miroir_counts_the_pupils_of_the_file() throws Exception {
        Path csv = Files.createTempFile("eleves", ".csv");
        Files.write(csv, file());
        browser.logIn(PupilSchool.DIRECTOR, PASSWORD);
        browser.waitFor(By.id("main-nav"));

        browser.open("/eleves/import-csv");
        fileInput("pupils-upload").sendKeys(csv.toAbsolutePath().toString());
        browser.waitUntil(d -> d.findElement(By.id("pupils-summary")).getText().contains(PUPILS + " arrivées"));
        shot("pupils-csv-preview");
        reach("pupils-confirm");
        browser.waitUntil(d -> d.findElement(By.id("pupils-result")).getText().contains(PUPILS + " élèves inscrits"));
        Files.deleteIfExists(csv);

        browser.open("/eleves/liste");
        browser.waitUntil(d -> d.findElement(By.id("learners")).getText().contains("Élève10"));
        shot("pupils-list");
        long one = jdbc.queryForObject("select learner_id from pupil where school_number = 'N5'", Long.class);
        browser.open("/eleves/" + one);
        browser.waitFor(By.id("pupil-record"));
        assertThat(browser.driver().findElement(By.id("pupil-level")).getAttribute("value")).isEqualTo("3e primaire");
        shot("pupil-page");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/eleves/" + one);
        browser.waitFor(By.id("pupil-record"));
        shot("pupil-page-phone");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));

        browser.open("/parametres/annees-scolaires");
        reach("switchover-start");
        browser.waitFor(By.id("switchover-understood"));
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('switchover-understood').click()");
        reach("switchover-next");
        browser.waitUntil(d -> d.findElement(By.id("move-up-summary")).getText()
                .contains((PUPILS - P6) + " passent au niveau suivant, 0 restent dans leur niveau, " + P6 + " quittent"));
        shot("switchover-move-up");
        reach("switchover-run");
        browser.waitUntil(d -> d.findElement(By.id("switchover-result")).getText().contains((PUPILS - P6) + " élèves au niveau suivant"));

        browser.open("/eleves/transferts/miroir");
        reach("miroir-compute");
        browser.waitFor(By.id("miroir-indicators"));
        Indicator eleves = signedIn.as(PupilSchool.DIRECTOR, () -> indicators.compute()).indicators().stream()
                .filter(i -> i.code().equals("ELEVES")).findFirst().orElseThrow();
        assertThat(eleves.value()).isEqualByComparingTo(java.math.BigDecimal.valueOf(PUPILS - P6));
        assertThat(browser.driver().findElement(By.id("miroir-indicators")).getText()).contains(String.valueOf(PUPILS - P6));
    }

    /** The file input of a vaadin-upload, in its light DOM or its shadow root. */
    private WebElement fileInput(String uploadId) {
        WebElement upload = browser.waitFor(By.id(uploadId));
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        return light.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : light.getFirst();
    }

    private void reach(String id) {
        browser.waitUntil(d -> !d.findElements(By.id(id)).isEmpty());
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", id);
        browser.click(By.id(id));
    }

    private void shot(String name) {
        browser.screenshot(name);
    }
}
