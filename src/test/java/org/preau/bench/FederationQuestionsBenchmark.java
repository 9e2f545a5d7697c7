package org.preau.bench;

import org.preau.PreauApplication;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.support.DemoUsers;
import org.preau.transfer.FederationProperties;
import org.preau.transfer.LearnerTransfers;
import org.preau.transfer.TransferWorld;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: times the question round of the transfers between instances. Instance A (the asker)
 * has 1,000 arrivals with an INE; its directory names 3 instances, all served on the loopback by a
 * second real Préau B (its own context and embedded MariaDB) under three names and tokens, so each
 * question is a real HTTP call answered by a real hash lookup among B's 1,000 learners who left.
 * The director's "run now" is timed: it asks 3,000 questions; a second run asks none.
 * See docs/benchmarks.md for the command.
 */
public final class FederationQuestionsBenchmark {

    private static final String SECRET = "secret-du-banc";
    private static final int ARRIVALS = 1000;
    private static final int INSTANCES = 3;

    public static void main(String[] args) throws Exception {
        String[] quiet = {"--server.port=0", "--logging.level.root=warn", "--logging.level.org.preau=warn",
                "--logging.level.org.preau.security.audit=warn"};
        List<String> bProperties = new ArrayList<>(List.of("preau.federation.secret=" + SECRET));
        for (int i = 1; i <= INSTANCES; i++) {
            bProperties.add("preau.federation.instances.a" + i + ".base-url=http://localhost:1");
            bProperties.add("preau.federation.instances.a" + i + ".token=inutile");
            bProperties.add("preau.federation.instances.a" + i + ".expected-token=jeton-a" + i);
            bProperties.add("preau.federation.instances.a" + i + ".establishments[0]=" + DemoUsers.LYCEE_UAI);
        }
        long start = System.nanoTime();
        try (ConfigurableApplicationContext b = new SpringApplicationBuilder(PreauApplication.class).profiles("test")
                .properties(bProperties.toArray(String[]::new)).run(quiet);
             ConfigurableApplicationContext a = new SpringApplicationBuilder(PreauApplication.class).profiles("test").run(quiet)) {
            System.out.printf(Locale.ROOT, "two contexts started in %.1f s%n", (System.nanoTime() - start) / 1e9);
            // each context's method security reads its own strategy: the static holder serves the one being driven
            b.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
            leavers(b);
            a.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
            String bUrl = "http://localhost:" + b.getBean(Environment.class).getProperty("local.server.port");
            FederationProperties federation = a.getBean(FederationProperties.class);
            federation.setSecret(SECRET);
            for (int i = 1; i <= INSTANCES; i++) {
                FederationProperties.Instance instance = new FederationProperties.Instance();
                instance.setBaseUrl(bUrl);
                instance.setToken("jeton-a" + i);
                federation.getInstances().put("b" + i, instance);
            }
            run(a);
        }
    }

    /** B's lycée holds 1,000 learners who left (other INEs than A's arrivals): the lookups are real. */
    private static void leavers(ConfigurableApplicationContext b) {
        TransferWorld world = b.getBean(TransferWorld.class);
        world.reset();
        world.switchTransfers(DemoUsers.DIRECTEUR, true);
        pupils(b, world.lyceeId(), "L", "LEFT", false);
    }

    private static void run(ConfigurableApplicationContext a) {
        TransferWorld world = a.getBean(TransferWorld.class);
        LearnerTransfers transfers = a.getBean(LearnerTransfers.class);
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        world.reset();
        world.switchTransfers(DemoUsers.DIRECTEUR, true);
        pupils(a, world.lyceeId(), "A", "ARRIVED", true);

        long t0 = System.nanoTime();
        world.call(DemoUsers.DIRECTEUR, transfers::runNow);
        double first = (System.nanoTime() - t0) / 1e9;
        int asked = jdbc.queryForObject("select count(*) from transfer_question", Integer.class);
        t0 = System.nanoTime();
        world.call(DemoUsers.DIRECTEUR, transfers::runNow);
        double second = (System.nanoTime() - t0) / 1e9;
        int askedAfter = jdbc.queryForObject("select count(*) from transfer_question", Integer.class);
        System.out.printf(Locale.ROOT, "question round: %d arrivals x %d instances = %d questions answered in %.2f s (%.0f/s)%n",
                ARRIVALS, INSTANCES, asked, first, asked / first);
        System.out.printf(Locale.ROOT, "second run: %d new questions, %.2f s%n", askedAfter - asked, second);
        if (asked != ARRIVALS * INSTANCES || askedAfter != asked) throw new IllegalStateException("unexpected counts");
        Figures.report("federation.questions", first * 1e3, "ms");
    }

    /** {@value #ARRIVALS} learners of the lycée, year 2025, with their transfer candidate. */
    private static void pupils(ConfigurableApplicationContext context, long lycee, String prefix, String movement, boolean active) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        SchoolYearView year = context.getBean(EtablissementProvisioning.class).ensureSchoolYear(lycee, 2025, SchoolYearState.EN_COURS);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> learners = new ArrayList<>();
        for (int i = 0; i < ARRIVALS; i++) {
            String ine = String.format(Locale.ROOT, "%s%09dZ", prefix, i);
            learners.add(new Object[]{lycee, ine, ine, "NOM" + i, "Prénom", now, now});
        }
        jdbc.batchUpdate("insert into learner (establishment_id, siecle_key, ine, nom, prenom, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)",
                learners);
        jdbc.update("""
                insert into enrolment (establishment_id, school_year_id, start_year, learner_id, sort_name, active, updated_at)
                select establishment_id, ?, 2025, id, nom, ?, ? from learner where establishment_id = ? and ine like ?""",
                year.id(), active, now, lycee, prefix + "%");
        jdbc.update("""
                insert into transfer_candidate (establishment_id, learner_id, ine, movement, recorded_at)
                select establishment_id, id, ine, ?, ? from learner where establishment_id = ? and ine like ?""",
                movement, now, lycee, prefix + "%");
    }
}
