package org.preau.bench;

import org.preau.PreauApplication;
import org.preau.support.DemoUsers;
import org.preau.ui.HomeContent;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.Arrays;
import java.util.Locale;

/**
 * Not a test: times what the home page asks of every feature (its <i>À faire</i>, last exchanges
 * and key counts) for each demo role on the demo data (the lycée's pupils included, as
 * {@code spring-boot:run} has them), as a sign-in computes it: 50 warm-up calls, then 200 timed.
 * See docs/benchmarks.md for the command. No arguments.
 */
public final class HomePageBenchmark {

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PreauApplication.class)
                .profiles("test")
                .run("--server.port=0", "--preau.test.learner-events-probe=false", "--preau.demo.lycee-pupils=true", "--logging.level.root=warn",
                        "--logging.level.org.preau=warn")) {
            HomeContent home = context.getBean(HomeContent.class);
            UserDetailsService users = context.getBean(UserDetailsService.class);
            for (String username : new String[]{DemoUsers.DIRECTEUR, DemoUsers.SECRETAIRE, DemoUsers.ENSEIGNANT, DemoUsers.INSPECTEUR,
                    DemoUsers.SECRETAIRE_BE, "directeur.be"}) {
                UserDetails user = users.loadUserByUsername(username);
                SecurityContext security = SecurityContextHolder.createEmptyContext();
                security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                SecurityContextHolder.setContext(security);
                time(home, username);
            }
        }
    }

    private static void time(HomeContent home, String username) {
        for (int i = 0; i < 50; i++) home.compute();
        double[] ms = new double[200];
        HomeContent.Page page = null;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            page = home.compute();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "home page of %-14s median %5.1f ms  p90 %5.1f ms  max %5.1f ms  (%d lines, %d exchanges, %d counts)%n",
                username, ms[ms.length / 2], ms[(int) (ms.length * 0.9)], ms[ms.length - 1],
                page.waiting().size(), page.recent().size(), page.counts().size());
    }
}
