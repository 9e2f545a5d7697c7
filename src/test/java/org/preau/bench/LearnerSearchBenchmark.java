package org.preau.bench;

import org.preau.PreauApplication;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.LearnerFilter;
import org.preau.learner.LearnerService;
import org.preau.learner.LearnerStatus;
import org.preau.siecle.ImportKind;
import org.preau.siecle.PreparedImport;
import org.preau.siecle.SiecleImports;
import org.preau.support.DemoUsers;
import org.preau.support.LyceeLearners;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Not a test: times the first page of the learners list searched by a word of the names (the
 * full-text index of V70) over the generator's 100,000 pupils, as the list screen asks for it.
 * See docs/benchmarks.md for the command.
 *
 * <pre>arguments: &lt;dir of 100,000 pupils&gt;</pre>
 */
public final class LearnerSearchBenchmark {

    public static void main(String[] args) throws Exception {
        Path large = Path.of(args[0]);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PreauApplication.class)
                .profiles("test")
                .run("--server.port=0", "--preau.test.learner-events-probe=false", "--logging.level.root=warn",
                        "--logging.level.org.preau=warn")) {
            UserDetails secretary = context.getBean(UserDetailsService.class).loadUserByUsername(DemoUsers.SECRETAIRE);
            SecurityContext security = SecurityContextHolder.createEmptyContext();
            security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(secretary, null, secretary.getAuthorities()));
            SecurityContextHolder.setContext(security);

            LyceeLearners lycee = context.getBean(LyceeLearners.class);
            SiecleImports imports = context.getBean(SiecleImports.class);
            SchoolYearView y2024 = lycee.year(2024);
            context.getBean(SchoolYearService.class).select(y2024.id());
            lycee.clear();
            Path file = large.resolve("2024/ElevesSansAdresses.xml");
            long t0 = System.nanoTime();
            PreparedImport prepared = imports.prepare(ImportKind.SIECLE_BEE, y2024.id(), file.getFileName().toString(), file, null);
            imports.confirm(prepared, null);
            System.out.printf(Locale.ROOT, "imported %d learners in %.1f s%n", lycee.count("learner"), (System.nanoTime() - t0) / 1e9);

            LearnerService learners = context.getBean(LearnerService.class);
            double worst = 0;
            for (String words : new String[]{"hugo", "Hélène", "helene", "chloe", "pierre-louis", "louis", "dupont", "martin",
                    "hugo martin", "le gall", "d'almeida", "noel", "xyzzy", "MAR", "a"}) {
                worst = Math.max(worst, time(learners, words));
            }
            Figures.report("search.worst", worst, "ms");
        }
    }

    /** Returns the median. */
    private static double time(LearnerService learners, String words) {
        LearnerFilter filter = new LearnerFilter(null, null, LearnerStatus.ALL, words);
        for (int i = 0; i < 5; i++) learners.page(filter, 0, 50);
        double[] ms = new double[30];
        int rows = 0;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            rows = learners.page(filter, 0, 50).size();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "search %-16s first page of 50: median %5.1f ms  p90 %5.1f ms  max %5.1f ms  (%d rows)%n",
                "'" + words + "'", ms[ms.length / 2], ms[(int) (ms.length * 0.9)], ms[ms.length - 1], rows);
        return ms[ms.length / 2];
    }
}
