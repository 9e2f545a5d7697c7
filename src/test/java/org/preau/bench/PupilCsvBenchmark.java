package org.preau.bench;

import org.preau.PreauApplication;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.pupil.PupilImport;
import org.preau.pupil.PupilImportPreview;
import org.preau.security.CurrentUser;
import org.preau.support.DemoUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Not a test: times the pupil CSV import (preview, then confirmation: read, check, compare, write,
 * exchange history) of a 2,000-pupil school, on the real embedded MariaDB (test profile: a fresh
 * database), signed in as the demo director on the demo école. Each round imports 2,000 new pupils
 * into an empty year of its own; the last file is then imported again unchanged.
 * See docs/benchmarks.md for the command.
 */
public final class PupilCsvBenchmark {

    private static final String[] LEVELS = {"M1", "M2", "M3", "P1", "P2", "P3", "P4", "P5", "P6"};
    private static final int PUPILS = 2000;
    private static final int ROUNDS = 6;

    public static void main(String[] args) {
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PreauApplication.class)
                .profiles("test").run("--server.port=0", "--logging.level.root=warn",
                        "--logging.level.org.preau=warn")) {
            // the tests' probe that stores one event publication per learner is off, as in SiecleImportBenchmark
            System.out.printf(Locale.ROOT, "context started in %.1f s%n", (System.nanoTime() - start) / 1e9);
            UserDetails director = context.getBean(UserDetailsService.class).loadUserByUsername(DemoUsers.DIRECTEUR);
            SecurityContext security = SecurityContextHolder.createEmptyContext();
            security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(director, null, director.getAuthorities()));
            SecurityContextHolder.setContext(security);
            run(context);
        }
    }

    private static void run(ConfigurableApplicationContext context) {
        EtablissementProvisioning provisioning = context.getBean(EtablissementProvisioning.class);
        long ecole = provisioning.findByCode(DemoUsers.ECOLE_FASE).orElseThrow().id();
        context.getBean(CurrentUser.class).switchEstablishment(ecole);
        SchoolYearService years = context.getBean(SchoolYearService.class);
        PupilImport pupils = context.getBean(PupilImport.class);
        byte[] last = null;
        java.util.List<Double> warm = new java.util.ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            SchoolYearView year = provisioning.ensureSchoolYear(ecole, 2040 + round, SchoolYearState.PREPARATION);
            years.select(year.id());
            byte[] file = file(round);
            long t0 = System.nanoTime();
            PupilImportPreview preview = pupils.preview("bench.csv", file);
            long t1 = System.nanoTime();
            PupilImportPreview written = pupils.confirm("bench.csv", file);
            long t2 = System.nanoTime();
            if (preview.arrivals().size() != PUPILS || written.arrivals().size() != PUPILS) {
                throw new IllegalStateException("expected " + PUPILS + " arrivals, got " + preview.arrivals().size());
            }
            System.out.printf(Locale.ROOT, "round %d (%s): %d pupils, %.0f KB: preview %d ms, confirmation %d ms, preview + write %d ms%n",
                    round, round == 1 ? "cold" : "warm", PUPILS, file.length / 1024.0, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (t2 - t0) / 1_000_000);
            if (round > 1) warm.add((t2 - t0) / 1e6);
            last = file;
        }
        Figures.report("pupilcsv.2000", Figures.median(warm), "ms");
        for (int again = 1; again <= 3; again++) {
            long t0 = System.nanoTime();
            PupilImportPreview p = pupils.preview("bench.csv", last);
            PupilImportPreview w = pupils.confirm("bench.csv", last);
            long t1 = System.nanoTime();
            if (w.unchanged() != PUPILS || !p.changes().isEmpty()) throw new IllegalStateException("the same file changed something");
            System.out.printf(Locale.ROOT, "same file again: %d unchanged, preview + confirmation %d ms%n", w.unchanged(), (t1 - t0) / 1_000_000);
        }
    }

    /** 2,000 pupils of a round: names, NISS and numbers of that round only (born in 1990 + round: no demo pupil has those). */
    private static byte[] file(int round) {
        StringBuilder csv = new StringBuilder("Nom;Prénom;Sexe;Date de naissance;Lieu de naissance;NISS;Numéro;Implantation;FASE implantation;"
                + "Niveau;Classe;Date d'entrée;CEB\n");
        int born = 1990 + round;
        for (int i = 0; i < PUPILS; i++) {
            int month = 1 + i % 12;
            int day = 1 + (i / 12) % 28;
            int serial = 500 + i / 336;
            String base = String.format("%02d%02d%02d%03d", born % 100, month, day, serial);
            String niss = base + String.format("%02d", 97 - Long.parseLong(base) % 97);
            String level = LEVELS[i % LEVELS.length];
            String implantation = i % 3 == 0 ? "Les Tilleuls" : "Centre";
            csv.append("Nom").append(round).append('_').append(i).append(";Prénom").append(i).append(';').append(i % 2 == 0 ? "F" : "M")
                    .append(';').append(String.format("%02d/%02d/%d", day, month, born)).append(";Namur;").append(niss).append(";R")
                    .append(round).append('-').append(i).append(';').append(implantation).append(';').append(i % 3 == 0 ? "5872" : "5871")
                    .append(';').append(level).append(';').append(level).append((char) ('A' + i % 4)).append(";01/09/").append(born + 3)
                    .append(';').append(level.equals("P6") ? (i % 7 == 0 ? "échec" : "réussi") : "").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
