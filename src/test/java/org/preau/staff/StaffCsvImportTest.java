package org.preau.staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeStatus;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

/** The Belgian school's staff list as CSV: same preview rules as STS-WEB. */
@PreauIntegrationTest
class StaffCsvImportTest {

    static final String LIST = """
            identifiant;Nom;Prénom;fonction;date_naissance;sexe;email_prive;civilite
            91120001;DUBOIS;Marie;DIR;14/03/1975;F;marie.dubois@exemple.be;Mme
            91120002;LAMBERT;Jean-Luc;ENS;01/09/1980;M;;M.
            91120003;PEETERS;Anaïs;ENS;;;;
            """;

    @Autowired
    StaffCsvImport csv;
    @Autowired
    SchoolYearService years;
    @Autowired
    ExchangeLog exchanges;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StaffFixtures fixtures;
    @Autowired
    EtablissementProvisioning provisioning;

    long ecole;

    @BeforeEach
    void emptySchoolStaff() {
        ecole = provisioning.findByCode(ECOLE_FASE).orElseThrow().id();
        fixtures.clearStaff(ecole);
    }

    private StaffImportPreview preview(String text, Charset charset) {
        SchoolYearView year = years.requireCurrent();
        return csv.preview("personnel.csv", text.getBytes(charset), year.id(), p -> {
        });
    }

    @Test
    @WithUserDetails(SECRETAIRE_BE)
    void a_spreadsheet_list_is_previewed_then_written_and_a_second_import_changes_nothing() {
        StaffImportPreview preview = preview(LIST, StandardCharsets.UTF_8);
        assertThat(preview.arrivals()).extracting(StaffLine::nomUsage).containsExactly("DUBOIS", "LAMBERT", "PEETERS");
        assertThat(preview.fileCounts()).containsEntry("individus", 3).containsEntry("fonction ENS", 2);

        StaffImportResult result = csv.confirm(preview, p -> {
        });

        assertThat(exchanges.get(result.exchangeId()).kind()).isEqualTo(ExchangeKind.STAFF_CSV);
        assertThat(jdbc.queryForObject("select email_perso from staff_member where establishment_id = ? and external_id = '91120001'", String.class, ecole))
                .isEqualTo("marie.dubois@exemple.be");
        assertThat(jdbc.queryForObject("select prenom from staff_member where establishment_id = ? and external_id = '91120003'", String.class, ecole))
                .isEqualTo("Anaïs");
        // the same list saved by a spreadsheet in its Windows encoding is the same list
        assertThat(preview(LIST, Charset.forName("windows-1252")).changesNothing()).isTrue();
    }

    @Test
    @WithUserDetails(SECRETAIRE_BE)
    void a_person_missing_from_the_next_list_loses_the_function_but_keeps_the_record() {
        csv.confirm(preview(LIST, StandardCharsets.UTF_8), p -> {
        });

        StaffImportPreview next = preview(LIST.replace("91120002;LAMBERT;Jean-Luc;ENS;01/09/1980;M;;M.\n", ""), StandardCharsets.UTF_8);
        assertThat(next.leavers()).extracting(StaffLine::externalId).containsExactly("91120002");
        csv.confirm(next, p -> {
        });

        assertThat(jdbc.queryForObject("select count(*) from staff_member where establishment_id = ?", Integer.class, ecole)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from staff_function where establishment_id = ?", Integer.class, ecole)).isEqualTo(2);
    }

    @Test
    @WithUserDetails(SECRETAIRE_BE)
    void an_impossible_date_is_refused_with_its_line_and_column_and_nothing_is_written() {
        String bad = LIST.replace("01/09/1980", "31/02/1980");

        assertThatThrownBy(() -> preview(bad, StandardCharsets.UTF_8)).isInstanceOfSatisfying(StaffFileRefusedException.class, e -> {
            assertThat(e.getMessage()).contains("31/02/1980");
            assertThat(e.location()).isEqualTo("ligne 3, colonne date_naissance");
        });
        assertThat(jdbc.queryForObject("select count(*) from staff_member where establishment_id = ?", Integer.class, ecole)).isZero();
        assertThat(exchanges.search(new org.preau.exchange.ExchangeFilter(ExchangeKind.STAFF_CSV, ExchangeStatus.FAILURE, null), 0, 1))
                .first().satisfies(e -> assertThat(e.payloadName()).isEqualTo("personnel.csv"));
    }

    @Test
    @WithUserDetails(SECRETAIRE_BE)
    void a_missing_column_and_a_repeated_identifier_are_refused() {
        assertThatThrownBy(() -> preview("nom;prenom\nA;B\n", StandardCharsets.UTF_8)).isInstanceOfSatisfying(StaffFileRefusedException.class,
                e -> assertThat(e.getMessage()).contains("identifiant"));
        assertThatThrownBy(() -> preview(LIST + "91120001;AUTRE;Paul;ENS;;;;\n", StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(StaffFileRefusedException.class, e -> assertThat(e.location()).isEqualTo("ligne 5, colonne identifiant"));
    }
}
