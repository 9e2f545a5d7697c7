package org.preau.bench;

import org.preau.PreauApplication;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.ImportedLearner;
import org.preau.learner.LearnerRoster;
import org.preau.learner.RosterChanges;
import org.preau.miroir.CapitalPeriodesImport;
import org.preau.miroir.Indicator;
import org.preau.miroir.MiroirIndicators;
import org.preau.miroir.MiroirPupils;
import org.preau.miroir.MiroirReport;
import org.preau.security.CurrentUser;
import org.preau.staff.StaffDetails;
import org.preau.staff.StaffDirectory;
import org.preau.support.DemoUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Not a test: times the Miroir indicators with their details (the wizard's "Calculer") for a
 * school of 1,000 pupils and 80 teachers with a capital-périodes of 100 lines, on the real
 * embedded MariaDB (test profile: a fresh database). See docs/benchmarks.md for the command.
 */
public final class MiroirIndicatorsBenchmark {

    private static final String[] LEVELS = {"M1", "M2", "M3", "P1", "P2", "P3", "P4", "P5", "P6"};

    public static void main(String[] args) {
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PreauApplication.class)
                .profiles("test").run("--server.port=0", "--logging.level.root=warn", "--logging.level.org.preau=warn")) {
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
        SchoolYearView year = provisioning.ensureSchoolYear(ecole, 2040, SchoolYearState.PREPARATION);
        context.getBean(SchoolYearService.class).select(year.id());

        long t0 = System.nanoTime();
        List<ImportedLearner> writes = new ArrayList<>();
        StringBuilder pupils = new StringBuilder("Identifiant;Nom;Niveau;Implantation;CEB\n");
        for (int i = 1; i <= 1000; i++) {
            String key = String.format("BENCH-%04d", i);
            writes.add(new ImportedLearner(null, key, null, key, "Nom" + i, null, "Prénom" + i, null, null, "F",
                    LocalDate.of(2030, 1 + i % 12, 1 + i % 28), "A", null, null, true, null, null, true, true, ImportedLearner.Movement.ARRIVED));
            pupils.append(key).append(";Nom").append(i).append(';').append(LEVELS[i % 9]).append(';')
                    .append(i % 2 == 0 ? "Centre" : "Annexe").append(";\n");
        }
        context.getBean(LearnerRoster.class).apply(year.id(), new RosterChanges(writes, List.of()));
        context.getBean(MiroirPupils.class).confirm("bench.csv", pupils.toString().getBytes(StandardCharsets.UTF_8));
        StaffDirectory staff = context.getBean(StaffDirectory.class);
        StringBuilder capital = new StringBuilder("FASE;Année scolaire;Implantation;Niveau;Nature;Périodes;Enseignant nom;Enseignant prénom\n");
        String prefix = DemoUsers.ECOLE_FASE + ";" + year.label() + ";";
        for (String implantation : List.of("Centre", "Annexe")) {
            for (String level : Arrays.copyOfRange(LEVELS, 3, 9)) {
                capital.append(prefix).append(implantation).append(';').append(level).append(";ENC;24;;\n");
                capital.append(prefix).append(implantation).append(';').append(level).append(";EDPHY;2;;\n");
            }
        }
        for (int t = 1; t <= 80; t++) {
            StaffDetails d = new StaffDetails();
            d.setNomUsage("Enseignant" + t);
            d.setPrenom("Prénom" + t);
            d.setSchoolYearId(year.id());
            d.setFunctions(Set.of("ENS"));
            staff.create(d);
            capital.append(prefix).append(t % 2 == 0 ? "Centre" : "Annexe").append(";P").append(1 + t % 6).append(";ENC;")
                    .append(10 + t % 14).append(";Enseignant").append(t).append(";Prénom").append(t).append('\n');
        }
        context.getBean(CapitalPeriodesImport.class).confirm("capital.csv", capital.toString().getBytes(StandardCharsets.UTF_8));
        System.out.printf(Locale.ROOT, "school of 1,000 pupils, 80 teachers, 104 capital lines set up in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        MiroirIndicators indicators = context.getBean(MiroirIndicators.class);
        for (int i = 0; i < 5; i++) indicators.compute();
        int runs = 30;
        long[] times = new long[runs];
        MiroirReport report = null;
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            report = indicators.compute();
            times[i] = System.nanoTime() - s;
        }
        Arrays.sort(times);
        int rows = report.indicators().stream().mapToInt(i -> i.details().size()).sum();
        System.out.printf(Locale.ROOT, "indicators with details: %d indicators, %d detail rows, %d pupils, %d teachers sent%n",
                report.indicators().size(), rows, report.pupils().size(), report.staff().size());
        System.out.printf(Locale.ROOT, "compute x%d: min %.1f ms, median %.1f ms, p90 %.1f ms, max %.1f ms (budget 200 ms)%n", runs,
                times[0] / 1e6, times[runs / 2] / 1e6, times[(int) (runs * 0.9)] / 1e6, times[runs - 1] / 1e6);
        Figures.report("miroir.p90", times[(int) (runs * 0.9)] / 1e6, "ms");
        Indicator pupilsIndicator = report.indicator("ELEVES").orElseThrow();
        if (pupilsIndicator.value().intValue() != 1000 || report.indicator("ENSEIGNANTS").orElseThrow().value().intValue() != 80) {
            throw new IllegalStateException("unexpected counts: " + pupilsIndicator.value());
        }
    }
}
