package org.preau.privacy.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.preau.inspection.InspectionProvisioning;
import org.preau.inspection.InspectorAccess;
import org.preau.inspection.Referent;
import org.preau.learner.LearnerService;
import org.preau.establishment.SchoolYearView;
import org.preau.support.Browser;
import org.preau.support.LyceeLearners;
import org.preau.support.SignedIn;
import org.preau.support.DemoUsers;
import org.preau.support.PreauIntegrationTest;
import org.preau.transfer.ConsentGiver;
import org.preau.transfer.LearnerTransfers;
import org.preau.transfer.ManualTransferRequest;
import org.preau.transfer.TransferWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/** In a real browser: the director reads the journal and the consent register; the learner page offers the export. */
@PreauIntegrationTest
class PrivacyEndToEndTest {

    static final String SECONDE = "20010018110";

    @LocalServerPort int port;
    @Autowired TransferWorld world;
    @Autowired LearnerTransfers transfers;
    @Autowired InspectionProvisioning provisioning;
    @Autowired InspectorAccess access;
    @Autowired LearnerService learners;
    @Autowired JdbcTemplate jdbc;
    @Autowired LyceeLearners lycee;
    @Autowired SignedIn signedIn;
    @Autowired org.preau.support.SettableClock clock;

    Browser browser;
    long leaver;
    String leaverName;

    @BeforeEach
    void aTransferAndAnInspectorsRead() {
        world.reset();
        long lyceeId = world.lyceeId();
        world.cfaId();
        world.switchTransfers(DIRECTEUR, true);
        world.switchTransfers(TransferWorld.CFA_DIRECTOR, true);
        world.lyceeImportsBothYears();
        leaver = world.learnerId(lyceeId, world.leaversIne().getFirst());
        leaverName = world.call(DIRECTEUR, () -> transfers.transfer(new ManualTransferRequest(leaver, TransferWorld.CFA_UAI,
                LocalDate.now(), ConsentGiver.LEARNER_AND_GUARDIANS, "Mme et M. Parent", null)).learnerName());
        long diploma = provisioning.ensureDiploma(lyceeId, SECONDE, "2nde générale et technologique",
                new Referent(INSPECTEUR, "Inès Robert", "ines.robert@inspection.example"));
        world.as(DIRECTEUR, () -> access.setGranted(diploma, true));
        SchoolYearView y2024 = lycee.year(2024);
        Long seconde = jdbc.queryForObject("select learner_id from enrolment where school_year_id = ? and code_mef = ? limit 1", Long.class,
                y2024.id(), SECONDE);
        signedIn.forget();
        signedIn.as(INSPECTEUR, () -> lycee.workIn(y2024));
        signedIn.as(INSPECTEUR, () -> learners.get(seconde));
        signedIn.forget();
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void cleanUp() {
        if (browser != null) browser.close();
        world.switchesBackToDefault();
        lycee.clearInspectorGrants(world.lyceeId());
    }

    private void both(String name) {
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        browser.screenshot(name);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.screenshot(name + "-phone");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
    }

    @Test
    void the_director_sees_the_inspectors_read_in_the_journal_the_transfer_consent_in_the_register_and_the_export_on_the_learner_page() {
        browser.logIn(DIRECTEUR, DemoUsers.PASSWORD);
        browser.waitFor(By.tagName("vaadin-app-layout"));

        browser.open("/parametres/journal-acces");
        browser.waitUntil(d -> d.findElement(By.id("journal")).getText().contains("Lecture de la fiche par un inspecteur"));
        assertThat(browser.driver().findElement(By.id("journal")).getText()).contains(INSPECTEUR, "Accès inspecteur au diplôme " + SECONDE);
        both("privacy-journal-acces");

        browser.open("/parametres/consentements");
        browser.waitUntil(d -> d.findElement(By.id("consents")).getText().contains(leaverName));
        assertThat(browser.driver().findElement(By.id("consents")).getText())
                .contains("Transfert de dossier", "Mme et M. Parent", "Accès inspecteur", "Élèves du diplôme 2nde générale et technologique");
        both("privacy-registre-consentements");

        browser.open("/eleves/" + leaver);
        browser.waitFor(By.id("privacy-export"));
        assertThat(browser.driver().findElement(By.id("privacy-export")).getText()).isEqualTo("Exporter ses données (droit d'accès)");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('privacy-export').scrollIntoView({block: 'center'})");
        both("privacy-export-eleve");
    }

    @Test
    void the_director_sets_the_retention_sees_who_the_next_run_scrubs_and_who_is_kept_and_reads_the_processing_register() {
        // a second leaver whose transfer cannot be delivered yet (the CFA switched off): kept by the scrub
        world.switchTransfers(TransferWorld.CFA_DIRECTOR, false);
        long pending = world.learnerId(world.lyceeId(), world.leaversIne().get(1));
        String pendingName = world.call(DIRECTEUR, () -> transfers.transfer(new ManualTransferRequest(pending, TransferWorld.CFA_UAI,
                LocalDate.now(), ConsentGiver.LEARNER_AND_GUARDIANS, "Mme Parent", null)).learnerName());
        jdbc.update("delete from retention_policy where establishment_id = ?", world.lyceeId());
        // a teacher who left the lycée in June 2025: the same run scrubs staff leavers
        jdbc.update("insert into staff_member (establishment_id, nom_usage, prenom, email_pro, exit_date, created_at) "
                + "values (?, 'Essai-Parti', 'Bernard', 'bernard.essai-parti@lycee.example', '2025-06-30', now(6))", world.lyceeId());
        clock.set(java.time.Instant.now().plus(java.time.Duration.ofDays(6 * 366)));
        try {
            browser.logIn(DIRECTEUR, DemoUsers.PASSWORD);
            browser.waitFor(By.tagName("vaadin-app-layout"));

            browser.open("/parametres/conservation-donnees");
            browser.waitUntil(d -> d.findElement(By.id("retention-summary")).getText().contains("anonymisé"));
            // a period out of bounds is refused by the server, in French, beside its field
            org.openqa.selenium.WebElement years = browser.driver().findElement(By.id("retention-leaver-years"))
                    .findElement(By.tagName("input"));
            years.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "40", org.openqa.selenium.Keys.TAB);
            browser.click(By.id("retention-save"));
            browser.waitUntil(d -> "true".equals(d.findElement(By.id("retention-leaver-years")).getDomProperty("invalid")));
            assertThat(browser.driver().findElement(By.id("retention-leaver-years")).getDomProperty("errorMessage"))
                    .isEqualTo("Élèves sortis et personnels partis : indiquez un nombre d'années entre 1 et 30.");
            years.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "5", org.openqa.selenium.Keys.TAB);
            browser.click(By.id("retention-save"));
            browser.waitUntil(d -> !"true".equals(d.findElement(By.id("retention-leaver-years")).getDomProperty("invalid")));
            browser.waitUntil(d -> d.findElement(By.id("retention-kept")).getText().contains(pendingName));
            assertThat(browser.driver().findElement(By.id("retention-kept")).getText()).contains("Transfert de dossier en cours");
            assertThat(browser.driver().findElement(By.id("retention-scrubbed")).getText()).contains(leaverName);
            assertThat(browser.driver().findElement(By.id("retention-tables")).getText())
                    .contains("Identité des élèves", "Identité des membres du personnel");
            assertThat(browser.driver().findElement(By.id("retention-staff-scrubbed")).getText()).contains("Essai-Parti Bernard", "30/06/2025");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.querySelectorAll('vaadin-notification-card').forEach(c => c.remove());"
                    + "document.getElementById('retention-summary').scrollIntoView({block: 'start'})");
            both("privacy-conservation-donnees");
            // the staff part of the preview, scrolled to after each resize (a resize moves the page)
            for (Dimension size : new Dimension[]{new Dimension(1366, 900), new Dimension(390, 844)}) {
                browser.driver().manage().window().setSize(size);
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "document.getElementById('retention-staff-scrubbed').scrollIntoView({block: 'center'})");
                browser.screenshot("privacy-conservation-donnees-personnel" + (size.width < 500 ? "-phone" : ""));
            }
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
        } finally {
            clock.reset();
            jdbc.update("delete from staff_member where establishment_id = ? and nom_usage = 'Essai-Parti'", world.lyceeId());
        }

        browser.open("/parametres/registre-traitements");
        browser.waitFor(By.id("processing-records"));
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("Tenue des dossiers des élèves", "Transferts de dossiers d'élèves", "Journal des accès", "Finalité", "Base légale")
                .doesNotContain("Transfert Miroir");
        assertThat(browser.driver().findElement(By.id("processing-pdf")).getText()).isEqualTo("Télécharger le registre (PDF)");
        both("privacy-registre-traitements");
    }
}
