package org.preau.pupil;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.ModuleDisabledException;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeStatus;
import org.preau.learner.LearnerService;
import org.preau.security.LocalAccounts;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.preau.pupil.PupilSchool.csv;
import static org.preau.pupil.PupilSchool.niss;

/** The pupil CSV of a Belgian school, on the real database: what it refuses and where, what it matches, what it writes. */
@PreauIntegrationTest
class PupilImportTest {

    static final String LEA = "Dubois;Léa;F;15/03/2019;" + niss(2019, 3, 15, 2) + ";E001;Centre;5871;P1;P1A;01/09/2022;";
    static final String TOM = "Martin;Tom;M;02/11/2018;" + niss(2018, 11, 2, 1) + ";E002;Centre;5871;P2;P2A;01/09/2021;";
    static final String ZOE = "Lambert;Zoé;F;20/06/2014;;E003;Les Tilleuls;5872;P6;P6B;01/09/2017;réussi";

    @Autowired PupilImport pupils;
    @Autowired BelgianPupils records;
    @Autowired LearnerService learners;
    @Autowired ExchangeLog exchanges;
    @Autowired ModuleSettings modules;
    @Autowired EtablissementProvisioning provisioning;
    @Autowired JdbcTemplate jdbc;
    @Autowired SignedIn signedIn;
    @Autowired org.preau.learner.TeacherDivisionProvisioning teacherDivisions;

    @BeforeAll
    static void schools(@Autowired EtablissementProvisioning provisioning, @Autowired LocalAccounts accounts) {
        PupilSchool.ensure(provisioning, accounts);
    }

    @BeforeEach
    void emptySchools() {
        PupilSchool.reset(provisioning, jdbc, PupilSchool.FASE);
        PupilSchool.reset(provisioning, jdbc, PupilSchool.NEIGHBOUR_FASE);
    }

    @AfterEach
    void signOut() {
        signedIn.forget();
    }

    private <T> T asSecretary(java.util.function.Supplier<T> action) {
        return signedIn.as(PupilSchool.SECRETARY, action);
    }

    private long learners() {
        return jdbc.queryForObject("select count(*) from learner where establishment_id = ?", Long.class,
                provisioning.findByCode(PupilSchool.FASE).orElseThrow().id());
    }

    @Test
    void a_niss_is_eleven_digits_whose_key_follows_the_rule_before_2000_or_the_one_from_2000_on() {
        assertThat(Niss.valid("85073003328")).isTrue();             // born in 1985: 97 - 850730033 mod 97 = 28
        assertThat(Niss.valid("17031512328")).isTrue();             // born in 2017: the key of 2170315123
        assertThat(Niss.valid("17031512396")).isTrue();             // born in 1917: the key of 170315123
        assertThat(Niss.valid("17031512327")).isFalse();
        assertThat(Niss.valid("85073003329")).isFalse();
        assertThat(Niss.valid("8507300332")).isFalse();
        assertThat(Niss.digits("85.07.30-033.28")).contains("85073003328");
        assertThat(Niss.digits("85.07.30-033.2A")).isEmpty();
        assertThat(Niss.formatted("85073003328")).isEqualTo("85.07.30-033.28");

        asSecretary(() -> pupils.confirm("eleves.csv", csv(LEA)));
        long lea = jdbc.queryForObject("select learner_id from pupil where niss = ?", Long.class, niss(2019, 3, 15, 2));
        PupilInput wrongKey = new PupilInput("Dubois", "Léa", "F", java.time.LocalDate.of(2019, 3, 15), null, null, "19.03.15-002.00",
                null, "Centre", null, SchoolLevel.P1, "P1A", null, null, null, null);
        InvalidPupilException refused = catchThrowableOfType(InvalidPupilException.class, () -> asSecretary(() -> records.save(lea, wrongKey)));
        assertThat(refused.field()).isEqualTo("niss");
        assertThat(refused.getMessage()).contains("19.03.15-002.00").contains("clé");
    }

    @Test
    void every_refused_file_says_what_and_on_which_line_and_column_and_writes_nothing() {
        record Case(byte[] file, String location, String text) {
        }
        List<Case> cases = List.of(
                new Case("Nom;Prénom;Implantation;Niveau\nDubois;Léa;Centre;P1\n".getBytes(StandardCharsets.UTF_8),
                        "ligne 1 (en-tête)", "La colonne « Date de naissance » manque"),
                new Case(csv(LEA, ";Tom;M;02/11/2018;;;Centre;;P2;;;"), "ligne 3, colonne Nom", "obligatoire"),
                new Case(csv(LEA, "Martin;Tom;M;31/02/2018;;;Centre;;P2;;;"), "ligne 3, colonne Date de naissance", "« 31/02/2018 » n'est pas une date"),
                new Case(csv(LEA, "Martin;Tom;M;02/11/2018;1234;;Centre;;P2;;;"), "ligne 3, colonne NISS", "n'a pas 11 chiffres"),
                new Case(csv("Martin;Tom;M;02/11/2018;18110200199;;Centre;;P2;;;"), "ligne 2, colonne NISS", "clé"),
                new Case(csv(LEA, TOM, "Martin;Tim;M;02/11/2018;;;Centre;;P9;;;"), "ligne 4, colonne Niveau", "« P9 » n'existe pas"),
                new Case(csv("Martin;Tom;M;02/11/2018;;;Centre;;P2;;;réussi"), "ligne 2, colonne CEB", "6e primaire"),
                new Case(csv("Martin;Tom;X;02/11/2018;;;Centre;;P2;;;"), "ligne 2, colonne Sexe", "« X » n'est pas un sexe"),
                new Case(csv("Martin;Tom;M;02/11/2018;;;Centre;ABC;P2;;;"), "ligne 2, colonne FASE implantation", "n'est pas un nombre"),
                new Case(csv("Martin;Tom;M;02/11/2018;;;Centre;;P2;;01/09/2017;"), "ligne 2, colonne Date de naissance", "suit la date d'entrée"),
                new Case(csv(LEA, LEA.replace("Léa", "Lea")), "ligne 3, colonne NISS", "figure déjà à la ligne 2"),
                new Case(csv(TOM, "Autre;Tom;M;02/11/2017;;E002;Centre;;P2;;;"), "ligne 3, colonne Numéro", "figure déjà à la ligne 2"),
                new Case(csv("M" + "a".repeat(100) + ";Tom;M;02/11/2018;;;Centre;;P2;;;"), "ligne 2, colonne Nom", "100 caractères"),
                new Case(("Nom;Prénom;Date de naissance;Implantation;Niveau;Date de sortie;Motif de sortie\n"
                        + "Martin;Tom;02/11/2018;Centre;P2;;déménagement\n").getBytes(StandardCharsets.UTF_8), "ligne 2, colonne Motif de sortie",
                        "n'est pas un motif"),
                new Case(("Nom;Prénom;Date de naissance;Implantation;Niveau\n").getBytes(StandardCharsets.UTF_8), null, "aucune ligne d'élève"),
                new Case(new byte[0], null, "aucune ligne d'élève"),
                new Case(new byte[PupilCsv.MAX_BYTES + 1], null, "dépasse 5 Mo"));
        for (Case c : cases) {
            PupilFileRefusedException e = catchThrowableOfType(PupilFileRefusedException.class,
                    () -> asSecretary(() -> pupils.confirm("eleves.csv", c.file())));
            assertThat(e).as(c.text()).isNotNull();
            assertThat(e.problems().getFirst().location()).as(c.text()).isEqualTo(c.location());
            assertThat(e.problems().getFirst().text()).contains(c.text());
            assertThat(learners()).as("nothing written for " + c.text()).isZero();
        }
        var refusals = asSecretary(() -> exchanges.history(ExchangeKind.PUPIL_CSV, 0, 100));
        assertThat(refusals).hasSize(cases.size()).allMatch(x -> x.status() == ExchangeStatus.FAILURE);
    }

    @Test
    void a_first_import_creates_the_pupils_and_the_same_list_again_in_another_encoding_changes_nothing() {
        PupilImportPreview first = asSecretary(() -> pupils.confirm("eleves.csv", csv(LEA, TOM, ZOE)));
        assertThat(first.arrivals()).extracting(PupilImportPreview.Line::name).containsExactly("Dubois Léa", "Martin Tom", "Lambert Zoé");
        assertThat(first.perClass()).containsEntry("P1A", 1).containsEntry("P2A", 1).containsEntry("P6B", 1);
        assertThat(learners()).isEqualTo(3);
        long zoe = jdbc.queryForObject("select learner_id from pupil where school_number = 'E003'", Long.class);
        PupilRecord record = asSecretary(() -> records.get(zoe)).orElseThrow();
        assertThat(record.level()).isEqualTo(SchoolLevel.P6);
        assertThat(record.ceb()).isEqualTo(Ceb.REUSSI);
        assertThat(record.classe()).isEqualTo("P6B");
        assertThat(record.implantation().name()).isEqualTo("Les Tilleuls");
        assertThat(record.implantation().fase()).isEqualTo("5872");

        // the same list saved by a spreadsheet in Windows-1252 with commas and other column spellings
        String text = "NOM,prenoms,sexe,date de naissance,N° registre national,numero eleve,IMPLANTATION,fase,niveau,classe,date entree,ceb\n"
                + String.join("\n", List.of(LEA, TOM, ZOE)).replace(';', ',') + "\n";
        byte[] cp1252 = text.replace("N° registre national", "Registre national").getBytes(Charset.forName("windows-1252"));
        PupilImportPreview again = asSecretary(() -> pupils.preview("eleves.csv", cp1252));
        assertThat(again.arrivals()).isEmpty();
        assertThat(again.leavers()).isEmpty();
        assertThat(again.changes()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(3);
        byte[] bom = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, csv(LEA, TOM, ZOE));
        PupilImportPreview written = asSecretary(() -> pupils.confirm("eleves.csv", bom));
        assertThat(written.unchanged()).isEqualTo(3);
        assertThat(learners()).isEqualTo(3);
        var history = asSecretary(() -> exchanges.history(ExchangeKind.PUPIL_CSV, 0, 10));
        assertThat(history).hasSize(2).allMatch(x -> x.status() == ExchangeStatus.SUCCESS);
        assertThat(asSecretary(() -> exchanges.payload(history.getFirst().id())).orElseThrow().content()).isEqualTo(bom);
    }

    @Test
    void a_pupil_is_matched_by_niss_then_number_then_name_and_a_look_alike_is_flagged_never_merged() {
        asSecretary(() -> pupils.confirm("eleves.csv", csv(LEA, TOM, ZOE)));
        long lea = jdbc.queryForObject("select learner_id from pupil where school_number = 'E001'", Long.class);
        long zoe = jdbc.queryForObject("select learner_id from pupil where school_number = 'E003'", Long.class);
        String leaRenamed = LEA.replace("Dubois;Léa", "Dubois-Leroy;Léa").replace(";E001;", ";E011;");      // NISS
        String zoeNiss = ZOE.replace(";;E003;", ";" + niss(2014, 6, 20, 4) + ";E003;");                       // number
        String tomTwin = TOM.replace(niss(2018, 11, 2, 1), niss(2018, 11, 2, 3)).replace(";E002;", ";E004;"); // a look-alike
        PupilImportPreview p = asSecretary(() -> pupils.confirm("eleves.csv", csv(leaRenamed, zoeNiss, tomTwin)));

        assertThat(p.changes()).extracting(PupilImportPreview.Line::name).containsExactly("Dubois-Leroy Léa", "Lambert Zoé");
        assertThat(p.changes().getFirst().detail()).contains("Nom : Dubois → Dubois-Leroy").contains("Numéro : E001 → E011");
        assertThat(p.arrivals()).extracting(PupilImportPreview.Line::name).containsExactly("Martin Tom");
        assertThat(p.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("ligne 4, colonne NISS");
            assertThat(w.text()).contains("doublon de Martin Tom");
        });
        assertThat(p.leavers()).extracting(PupilImportPreview.Line::name).containsExactly("Martin Tom");
        assertThat(jdbc.queryForObject("select learner_id from pupil where school_number = 'E011'", Long.class)).isEqualTo(lea);
        assertThat(jdbc.queryForObject("select niss from pupil where learner_id = ?", String.class, zoe)).isEqualTo(niss(2014, 6, 20, 4));
        assertThat(learners()).as("the leaver is deactivated, never deleted").isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from enrolment e join pupil p on p.learner_id = e.learner_id "
                + "where p.school_number = 'E002' and not e.active", Integer.class)).isEqualTo(1);
    }

    @Test
    void a_niss_held_in_another_school_of_the_organising_body_is_refused_with_its_place() {
        signedIn.as(PupilSchool.NEIGHBOUR_SECRETARY, () -> pupils.confirm("voisine.csv", csv(TOM)));
        PupilFileRefusedException e = catchThrowableOfType(PupilFileRefusedException.class,
                () -> asSecretary(() -> pupils.confirm("eleves.csv", csv(LEA, TOM))));
        assertThat(e.problems().getFirst().location()).isEqualTo("ligne 3, colonne NISS");
        assertThat(e.problems().getFirst().text()).contains("une autre école du pouvoir organisateur");
        assertThat(learners()).isZero();
    }

    @Test
    void a_french_establishment_is_refused_the_pupil_services_and_a_belgian_one_the_french_modules() {
        assertThatThrownBy(() -> signedIn.as("secretaire", () -> pupils.preview("eleves.csv", csv(LEA)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("secretaire", () -> records.implantations())).isInstanceOf(AccessDeniedException.class);
        asSecretary(() -> {
            assertThat(modules.isEnabled(PreauModule.TRANSFERTS)).isFalse();
            assertThat(modules.isEnabled(PreauModule.SIECLE)).isFalse();
            assertThat(modules.current()).containsKey(PreauModule.ELEVES_FWB).doesNotContainKeys(PreauModule.TRANSFERTS, PreauModule.SIECLE);
            assertThatThrownBy(() -> modules.requireEnabled(PreauModule.TRANSFERTS)).isInstanceOf(ModuleDisabledException.class);
            return null;
        });
        signedIn.as("secretaire", () -> assertThat(modules.current()).doesNotContainKeys(PreauModule.ELEVES_FWB, PreauModule.MIROIR, PreauModule.SEGEC));
    }

    @Test
    void a_secretary_of_another_school_of_the_body_neither_reads_nor_changes_a_pupil() {
        asSecretary(() -> pupils.confirm("eleves.csv", csv(LEA, TOM)));
        long lea = jdbc.queryForObject("select learner_id from pupil where school_number = 'E001'", Long.class);
        assertThatThrownBy(() -> signedIn.as(PupilSchool.NEIGHBOUR_SECRETARY, () -> records.get(lea))).isInstanceOf(AccessDeniedException.class);
        PupilRecord record = asSecretary(() -> records.get(lea)).orElseThrow();
        assertThatThrownBy(() -> signedIn.as(PupilSchool.NEIGHBOUR_SECRETARY, () -> records.save(lea, record.input())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_teacher_reads_the_pupils_of_their_classes_only_and_changes_none() {
        asSecretary(() -> pupils.confirm("eleves.csv", csv(LEA, TOM)));
        long school = provisioning.findByCode(PupilSchool.FASE).orElseThrow().id();
        long year = jdbc.queryForObject("select id from school_year where establishment_id = ?", Long.class, school);
        teacherDivisions.assign(school, year, PupilSchool.TEACHER, "P1A");
        long lea = jdbc.queryForObject("select learner_id from pupil where school_number = 'E001'", Long.class);
        long tom = jdbc.queryForObject("select learner_id from pupil where school_number = 'E002'", Long.class);

        PupilRecord read = signedIn.as(PupilSchool.TEACHER, () -> records.get(lea)).orElseThrow();
        assertThat(read.classe()).isEqualTo("P1A");
        assertThatThrownBy(() -> signedIn.as(PupilSchool.TEACHER, () -> records.get(tom))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(PupilSchool.TEACHER, () -> records.save(lea, read.input()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(PupilSchool.TEACHER, () -> pupils.preview("eleves.csv", csv(LEA)))).isInstanceOf(AccessDeniedException.class);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
