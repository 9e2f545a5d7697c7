package org.preau.demo;

import org.preau.base.SchoolYearLabel;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.LearnerFilter;
import org.preau.learner.LearnerRecordService;
import org.preau.learner.LearnerRow;
import org.preau.learner.LearnerService;
import org.preau.learner.RecordDraft;
import org.preau.learner.RecordKind;
import org.preau.siecle.ImportKind;
import org.preau.siecle.PreparedImport;
import org.preau.siecle.SiecleImports;
import org.preau.siecle.StsWebImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.preau.staff.StaffDetails;
import org.preau.staff.StaffDirectory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lycée's pupils, nomenclature and staff for the school year en cours, on the first start of
 * the embedded default: the SIECLE / STS-WEB samples of 2024-2025, their dates moved to the current
 * year, imported as the demo secretary would, plus a few records written by the demo teacher. So
 * every screen has something to show at once.
 */
@Component
@ConditionalOnProperty(name = "preau.demo.enabled", havingValue = "true")
@ConditionalOnProperty(name = "preau.demo.lycee-pupils", havingValue = "true", matchIfMissing = true)
class DemoLycee {

    private static final Logger log = LoggerFactory.getLogger(DemoLycee.class);
    private static final int SAMPLE_YEAR = 2024;
    private static final Pattern FRENCH_DATE = Pattern.compile("(\\d{2}/\\d{2}/)(2024|2025)");
    private static final Pattern ISO_DATE = Pattern.compile("(2024|2025)(-\\d{2}-\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(ANNEE_SCOLAIRE>|ANNEE_SCOLAIRE ANNEE=\")(2024)");

    private final EtablissementProvisioning establishments;
    private final SiecleImports imports;
    private final StsWebImport sts;
    private final LearnerService learners;
    private final LearnerRecordService records;
    private final ObjectProvider<UserDetailsService> users;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final StaffDirectory staff;

    DemoLycee(EtablissementProvisioning establishments, SiecleImports imports, StsWebImport sts, LearnerService learners,
              LearnerRecordService records, ObjectProvider<UserDetailsService> users, JdbcTemplate jdbc, Clock clock,
              StaffDirectory staff) {
        this.staff = staff;
        this.establishments = establishments;
        this.imports = imports;
        this.sts = sts;
        this.learners = learners;
        this.records = records;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** After the teacher's divisions are set (they decide which pupils the demo teacher may write about). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void load() {
        if (users.getIfAvailable() == null) return; // single sign-on: no local demo accounts to act as
        establishments.findByCode(DemoData.LYCEE_UAI).ifPresent(lycee -> {
            int startYear = SchoolYearLabel.startYear(LocalDate.now(clock));
            SchoolYearView year = establishments.ensureSchoolYear(lycee.id(), startYear, SchoolYearState.EN_COURS);
            Integer enrolled = jdbc.queryForObject("select count(*) from enrolment where school_year_id = ?", Integer.class, year.id());
            if (enrolled != null && enrolled > 0) return;
            int shift = startYear - SAMPLE_YEAR;
            as("secretaire", () -> {
                confirm(imports.prepare(ImportKind.NOMENCLATURE, year.id(), "Nomenclature.xml", shifted("Nomenclature.xml", shift), null));
                confirm(imports.prepare(ImportKind.SIECLE_BEE, year.id(), "ElevesSansAdresses.xml", shifted("ElevesSansAdresses.xml", shift), null));
                var staff = sts.preview("sts_emp_" + DemoData.LYCEE_UAI + "_" + startYear + ".xml",
                        shifted("sts_emp_" + DemoData.LYCEE_UAI + ".xml", shift), year.id(), p -> { });
                sts.confirm(staff, p -> { });
            });
            as("directeur", () -> linkTeacher(year.id()));
            as("enseignant", () -> writeRecords(startYear));
            log.info("Demo: pupils, nomenclature and staff of the lycée loaded into {}", year.label());
        });
    }

    /**
     * The demo teacher (Théo Petit, whom the STS-WEB sample does not list) gets a staff record of
     * their own, linked to their account as a director does on the staff page, so that "Ma fiche"
     * shows their record rather than "compte non lié".
     */
    private void linkTeacher(long yearId) {
        try {
            StaffDetails d = new StaffDetails();
            d.setCivilite("M");
            d.setNomUsage("PETIT");
            d.setPrenom("Théo");
            d.setSexe("M");
            d.setEmailPro("theo.petit@lycee-verdier.example");
            d.setSchoolYearId(yearId);
            d.setFunctions(java.util.Set.of("ENS"));
            staff.linkAccount(staff.create(d).getId(), yearId, "enseignant");
        } catch (RuntimeException e) {
            log.warn("Demo: the teacher's staff record could not be created and linked: {}", e.getMessage());
        }
    }

    private void writeRecords(int startYear) {
        LocalDate autumn = LocalDate.of(startYear, 10, 14);
        List<LearnerRow> rows = learners.page(new LearnerFilter("2NDE 1", null, org.preau.learner.LearnerStatus.ACTIVE, null), 0, 3);
        for (LearnerRow row : rows) {
            records.create(row.id(), new RecordDraft(RecordKind.BILAN, autumn, "Bilan de mi-trimestre",
                    "Travail régulier en atelier ; la prise de notes reste à consolider."));
            records.create(row.id(), new RecordDraft(RecordKind.EVALUATION, autumn.plusDays(3), "Évaluation de compétences — sécurité",
                    "Applique les consignes de sécurité : acquis. Organise son poste de travail : en cours d'acquisition."));
        }
        if (!rows.isEmpty()) {
            records.create(rows.getFirst().id(), new RecordDraft(RecordKind.FICHE, autumn.plusDays(10), "Fiche d'activité — visite d'entreprise",
                    "Visite de l'atelier de maintenance ; compte rendu rendu à temps."));
        }
    }

    private void confirm(PreparedImport prepared) {
        if (prepared.confirmable()) imports.confirm(prepared, null);
        else log.warn("Demo import refused: {}", prepared.preview().errors());
    }

    /** A sample with its school year and dates moved by {@code shift} years (birth dates are before 2024 and stay). */
    private static byte[] shifted(String name, int shift) {
        String text;
        try {
            text = new String(new ClassPathResource("demo/lycee-verdier/" + name).getContentAsByteArray(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text = replace(FRENCH_DATE, text, m -> m.group(1) + (Integer.parseInt(m.group(2)) + shift));
        text = replace(ISO_DATE, text, m -> (Integer.parseInt(m.group(1)) + shift) + m.group(2));
        text = replace(YEAR, text, m -> m.group(1) + (Integer.parseInt(m.group(2)) + shift));
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> by) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(by.apply((Matcher) m)));
    }

    private void as(String username, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails user = users.getObject().loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
