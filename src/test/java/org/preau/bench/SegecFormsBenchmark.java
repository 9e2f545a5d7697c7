package org.preau.bench;

import org.preau.PreauApplication;
import org.preau.establishment.SchoolYearService;
import org.preau.segec.ScanReport;
import org.preau.segec.ScannedStack;
import org.preau.segec.SegecForms;
import org.preau.staff.StaffDetails;
import org.preau.staff.StaffDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Not a test: times the SeGEC consent forms (1,000 teachers in one PDF) and the matching of a
 * 100-page scanned stack, through the services the screens call, on the embedded MariaDB (test
 * profile: a fresh database). See docs/benchmarks.md for the command.
 */
public final class SegecFormsBenchmark {

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PreauApplication.class)
                .profiles("test")
                // the warm-up print after start, as in production (the tests turn it off), without its wait
                .run("--server.port=0", "--logging.level.root=warn", "--logging.level.org.preau=warn", "--preau.print.warm-up=true", "--preau.print.warm-up-delay=PT0S",
                        "--logging.level.org.preau.segec.FormsWarmUp=info")) {
            System.out.printf(Locale.ROOT, "context started in %.1f s, heap max %d MB%n", (System.nanoTime() - start) / 1e9,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            UserDetails director = context.getBean(UserDetailsService.class).loadUserByUsername("directeur.be");
            SecurityContext security = SecurityContextHolder.createEmptyContext();
            security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(director, null, director.getAuthorities()));
            SecurityContextHolder.setContext(security);
            run(context.getBean(SegecForms.class), context.getBean(StaffDirectory.class), context.getBean(SchoolYearService.class));
        }
    }

    private static void run(SegecForms forms, StaffDirectory staff, SchoolYearService years) {
        long yearId = years.requireCurrent().id();
        long t0 = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            StaffDetails d = new StaffDetails();
            d.setNomUsage("Enseignant-" + i);
            d.setPrenom(i % 2 == 0 ? "Éloïse" : "François");
            d.setDateNaissance(LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28));
            d.setEmailPerso("enseignant." + i + "@mail.example");
            d.setSchoolYearId(yearId);
            d.setFunctions(Set.of("ENS"));
            ids.add(staff.create(d).getId());
        }
        System.out.printf(Locale.ROOT, "1,000 teachers created in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        byte[] pdf = null;
        List<Double> warm = new ArrayList<>();
        for (int run = 1; run <= 6; run++) {
            System.gc();
            resetPeaks();
            long t = System.nanoTime();
            pdf = forms.printAll(ids);
            double ms = (System.nanoTime() - t) / 1e6;
            System.out.printf(Locale.ROOT, "1,000 forms in one PDF, run %d: %.2f s, %.1f MB, old-gen peak %d MB, heap used after %d MB%n", run,
                    ms / 1e3, pdf.length / 1e6, peakOldMb(), usedMb());
            // the first print of the JVM (cold) is a goal of its own; the later ones are the warm figure
            if (run == 1) Figures.report("print.first", ms, "ms");
            else warm.add(ms);
        }
        Figures.report("print.1000", Figures.median(warm), "ms");

        long t1 = System.nanoTime();
        // every page signed in the teacher's box: an unsigned page is listed as "Non signé", not matched
        byte[] scan = ScannedStack.pack(ScannedStack.scanPages(pdf, 100, page -> true));
        System.out.printf(Locale.ROOT, "100-page scanned stack made (150 dpi greys, signed, JPEG q60) in %.1f s: %.1f MB%n",
                (System.nanoTime() - t1) / 1e9, scan.length / 1e6);
        List<Double> scans = new ArrayList<>();
        long oldPeak = 0;
        int matched = 100;
        int wrong = 0;
        for (int run = 1; run <= 3; run++) {
            System.gc();
            resetPeaks();
            long t = System.nanoTime();
            ScanReport report = forms.readScan("pile.pdf", scan);
            double ms = (System.nanoTime() - t) / 1e6;
            long peak = peakOldMb();
            // page n of the stack is the form of the n-th teacher printed: any other match is wrong
            int wrongNow = (int) report.matched().stream().filter(p -> !p.staffId().equals(ids.get(p.number() - 1))).count();
            System.out.printf(Locale.ROOT, "matching the 100-page scan, run %d: %.2f s, %d matched, %d wrong, %d unmatched, %d recorded, old-gen peak %d MB%n",
                    run, ms / 1e3, report.matched().size(), wrongNow, report.unmatched().size(), report.recorded(), peak);
            report.unmatched().stream().limit(3).forEach(p -> System.out.printf(Locale.ROOT, "  page %d: %s%n", p.number(), p.message()));
            wrong = Math.max(wrong, wrongNow);
            scans.add(ms);
            oldPeak = Math.max(oldPeak, peak);
            matched = Math.min(matched, report.matched().size());
        }
        Figures.report("scan.100", Figures.median(scans), "ms");
        Figures.report("scan.oldgen", oldPeak, "MB");
        Figures.report("scan.matched", matched, "pages");
        Figures.report("scan.wrong", wrong, "pages");
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    private static long peakOldMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old")) peak = pool.getPeakUsage().getUsed();
        }
        return peak / (1024 * 1024);
    }

    private static long usedMb() {
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / (1024 * 1024);
    }
}
