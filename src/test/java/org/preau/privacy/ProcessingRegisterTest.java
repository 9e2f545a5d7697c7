package org.preau.privacy;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.preau.support.DemoUsers;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SignedIn;
import org.preau.transfer.FederationProperties;
import org.preau.transfer.TransferWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The processing register follows what the instance does: modules switched on, peers configured, retention in force. */
@PreauIntegrationTest
@WithUserDetails(DemoUsers.DIRECTEUR)
class ProcessingRegisterTest {

    @Autowired ProcessingRegister register;
    @Autowired RetentionSettings settings;
    @Autowired FederationProperties federation;
    @Autowired TransferWorld world;
    @Autowired SignedIn signedIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void back() {
        federation.getInstances().remove("lycee-moulin");
        world.switchesBackToDefault();
        jdbc.update("delete from retention_policy where establishment_id = ?", world.lyceeId());
    }

    @Test
    void a_french_lycee_lists_only_its_modules_and_the_transfers_appear_with_the_configured_instances_once_switched_on() {
        assertThat(keys()).contains("RECORDS", "IMPORTS", "INSPECTION", "MAIL", "JOURNAL").doesNotContain("SEGEC", "MIROIR", "TRANSFERS");

        FederationProperties.Instance moulin = new FederationProperties.Instance();
        moulin.setBaseUrl("https://preau.lycee-moulin.example");
        federation.getInstances().put("lycee-moulin", moulin);
        world.switchTransfers(DemoUsers.DIRECTEUR, true);

        Processing transfers = register.processings().stream().filter(p -> p.key().equals("TRANSFERS")).findFirst().orElseThrow();
        assertThat(transfers.recipients()).contains(new Processing.Recipient("lycee-moulin", "https://preau.lycee-moulin.example"));
        assertThat(transfers.legalBasis()).contains("6.1.a").contains("6.1.e");
    }

    @Test
    void a_belgian_school_names_the_segec_and_miroir_peers_by_address() {
        List<Processing> list = signedIn.as("directeur.be", () -> register.processings());
        assertThat(list).extracting(Processing::key).contains("SEGEC", "MIROIR").doesNotContain("TRANSFERS");
        assertThat(list.stream().filter(p -> p.key().equals("MIROIR")).findFirst().orElseThrow().recipients())
                .singleElement().satisfies(r -> assertThat(r.url()).isEqualTo("/sandbox/miroir"));
    }

    @Test
    void the_retention_shown_is_the_one_in_force_and_the_pdf_reads_back_with_every_processing() throws IOException {
        settings.save(new RetentionPolicy(7, 18, 2));
        List<Processing> list = register.processings();
        assertThat(list.getFirst().retention()).startsWith("7 an(s)");
        assertThat(list.stream().filter(p -> p.key().equals("JOURNAL")).findFirst().orElseThrow().retention()).contains("2 an(s)");

        String text;
        try (PDDocument pdf = Loader.loadPDF(register.pdf())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Registre des activités de traitement").contains("Lycée professionnel Alphonse-Verdier")
                .contains("18 mois").contains("Finalité").contains("Base légale");
        // bold titles come back with a stray space after their first letter ("T enue"): compare without spaces
        String squeezed = text.replace(" ", "");
        for (Processing p : list) assertThat(squeezed).contains(p.name().replace(" ", ""));
    }

    @Test
    void every_member_of_staff_reads_it_an_inspector_does_not() {
        assertThat(signedIn.as(DemoUsers.ENSEIGNANT, () -> register.processings())).isNotEmpty();
        assertThat(signedIn.as(DemoUsers.SECRETAIRE, () -> register.processings())).isNotEmpty();
        assertThatThrownBy(() -> signedIn.as(DemoUsers.INSPECTEUR, () -> register.processings())).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> keys() {
        return register.processings().stream().map(Processing::key).toList();
    }
}
