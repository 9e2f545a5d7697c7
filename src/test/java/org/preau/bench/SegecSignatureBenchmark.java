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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Not a test: how well the consent scan tells signed forms from unsigned ones. 100 teachers'
 * forms are printed, every other page gets a pen signature in the teacher's box, the stack is
 * "scanned" on light grey paper with a 1° skew and copier noise (JPEG q60) at 150 then 300 dpi,
 * and read through {@code SegecForms.readScan}. Prints the share of signed pages accepted and of
 * unsigned pages refused, and the time. See docs/benchmarks.md for the command.
 */
public final class SegecSignatureBenchmark {

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PreauApplication.class)
                .profiles("test")
                .run("--server.port=0", "--logging.level.root=warn", "--logging.level.org.preau=warn")) {
            UserDetails director = context.getBean(UserDetailsService.class).loadUserByUsername("directeur.be");
            SecurityContext security = SecurityContextHolder.createEmptyContext();
            security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(director, null, director.getAuthorities()));
            SecurityContextHolder.setContext(security);
            run(context.getBean(SegecForms.class), context.getBean(StaffDirectory.class), context.getBean(SchoolYearService.class));
        }
    }

    private static void run(SegecForms forms, StaffDirectory staff, SchoolYearService years) {
        long yearId = years.requireCurrent().id();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            StaffDetails d = new StaffDetails();
            d.setNomUsage("Signature-" + i);
            d.setPrenom(i % 2 == 0 ? "Éloïse" : "François");
            d.setDateNaissance(LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28));
            d.setEmailPerso("signature." + i + "@mail.example");
            d.setSchoolYearId(yearId);
            d.setFunctions(Set.of("ENS"));
            ids.add(staff.create(d).getId());
        }
        byte[] pdf = forms.printAll(ids);
        for (int dpi : new int[]{150, 300}) {
            long t0 = System.nanoTime();
            byte[] scan = ScannedStack.pack(ScannedStack.scanPages(pdf, 100, dpi, page -> page % 2 == 0, 1.0, dpi));
            System.out.printf(Locale.ROOT, "%d dpi: 100-page stack made in %.1f s (%.1f MB), 50 signed, 50 unsigned, grey paper, 1° skew%n",
                    dpi, (System.nanoTime() - t0) / 1e9, scan.length / 1e6);
            for (int run = 1; run <= 2; run++) {
                long t = System.nanoTime();
                ScanReport report = forms.readScan("pile-" + dpi + ".pdf", scan);
                double seconds = (System.nanoTime() - t) / 1e9;
                if (run == 1) Figures.report("signature.read." + dpi, seconds * 1e3, "ms");
                Set<Long> accepted = new HashSet<>();
                report.matched().forEach(p -> accepted.add(p.staffId()));
                int signedAccepted = 0;
                int unsignedRefused = 0;
                for (int i = 0; i < ids.size(); i++) {
                    if (i % 2 == 0 && accepted.contains(ids.get(i))) signedAccepted++;
                    if (i % 2 == 1 && !accepted.contains(ids.get(i))) unsignedRefused++;
                }
                long unsignedListed = report.unmatched().stream().filter(p -> p.message().startsWith("Non signé")).count();
                System.out.printf(Locale.ROOT, "%d dpi, run %d: %.2f s; signed accepted %d/50 (%.0f %%), unsigned refused %d/50 (%.0f %%), "
                                + "listed as non signé %d, other unmatched %d%n", dpi, run, seconds, signedAccepted, signedAccepted * 2.0,
                        unsignedRefused, unsignedRefused * 2.0, unsignedListed, report.unmatched().size() - unsignedListed);
            }
        }
    }
}
