package org.preau.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;
import static org.preau.load.Uidl.*;

/**
 * A school morning on one Préau with the load data ({@code preau.demo.load=lycee}): teachers write
 * bilans, secretaries look learners up, directors save the establishment and switch an inspector's
 * access, inspectors read. Each virtual user signs in, works with 3–10 s between clicks, signs out;
 * a new one takes their place (closed model: {@code users} at once). See load/README.md.
 */
public class MorningSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("baseUrl", "http://127.0.0.1:8080");
    static final int USERS = Integer.getInteger("users", 10);
    static final Duration RAMP = Duration.ofSeconds(Long.getLong("rampSeconds", 60));
    static final Duration STEADY = Duration.ofSeconds(Long.getLong("seconds", 300));
    /** Words a secretary searches (names of the load data): each finds about sixty learners. */
    static final List<String> SEARCHES = List.of("dupont", "martin", "lefevre", "rousseau", "moreau", "guerin", "haddad", "francois",
            "bonnet", "garcia", "clement", "andre");
    static final String PREMIERE = "20110019110";

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("*/*")
            .acceptLanguageHeader("fr-FR,fr;q=0.9")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Gatling Préau load test")
            .disableCaching();

    private static ChainBuilder think() {
        return pause(Duration.ofSeconds(3), Duration.ofSeconds(10));
    }

    /** The accounts of {@code DemoLoad}, given out in turn: two users may share one at high counts, as two browsers would. */
    private static Iterator<Map<String, Object>> accounts(String format, int count) {
        return Stream.iterate(0, i -> (i + 1) % count)
                .map(i -> Map.<String, Object>of("username", String.format(Locale.ROOT, format, i + 1)))
                .iterator();
    }

    /**
     * Sign-in page, the login form's UI, the credentials posted, then the first page of the role (its UI, its view,
     * and one row of its grid, when it has one, to click).
     */
    static ChainBuilder signIn(String role, String route, boolean rows, String... ids) {
        return exec(
                http("connexion : page").get("/")
                        .check(status().is(200), regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")),
                init("connexion : ouvrir", "login"),
                message("connexion : formulaire", s -> navigate("login")))
                .exec(keyBrokenOnce())
                .exec(think())
                .exec(unload("connexion : quitter le formulaire"))
                .exec(http("connexion : envoyer").post("/login")
                        .formParam("username", "#{username}")
                        .formParam("password", "preau-demo")
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200), currentLocationRegex("\\?continue").exists()))
                .exec(init(role + " : ouvrir", route),
                        rows ? withRows(message(role + " : " + route, s -> navigate(route), ids))
                                : message(role + " : " + route, s -> navigate(route), ids));
    }

    private static ChainBuilder signOut(String role) {
        return exec(think(), message(role + " : déconnexion", click("logout")).check(substring("sessionExpired")));
    }

    static final ScenarioBuilder SECRETARY = scenario("secrétaire")
            .feed(accounts("secretaire.%02d", 20))
            .exitBlockOnFail().on(
                    signIn("secrétaire", "eleves/liste", false, "learners", "filter-search", "logout"),
                    think(),
                    exec(s -> s.set("search", SEARCHES.get(ThreadLocalRandom.current().nextInt(SEARCHES.size())))),
                    exec(withRows(message("secrétaire : recherche", s -> type(s, "filter-search", s.getString("search"), "input")))),
                    think(),
                    exec(message("secrétaire : ouvrir un élève", clickRow("learners"), "learner-identity")),
                    think(),
                    exec(message("secrétaire : historique des échanges", s -> navigate("echanges/historique"), "exchange-grid")),
                    signOut("secrétaire"));

    static final ScenarioBuilder TEACHER = scenario("enseignant")
            .feed(accounts("enseignant.%03d", 120))
            .exitBlockOnFail().on(
                    // the list's first page comes with the view: the teacher's own divisions only
                    signIn("enseignant", "eleves/liste", true, "learners", "logout"),
                    think(),
                    exec(message("enseignant : ouvrir un élève", clickRow("learners"), "add-bilan")),
                    think(),
                    exec(message("enseignant : nouveau bilan", click("add-bilan"), "record-title", "record-content", "record-save")),
                    // writing takes longer than a click
                    pause(Duration.ofSeconds(10), Duration.ofSeconds(30)),
                    exec(message("enseignant : saisir le bilan", s -> type(s, "record-title", "Bilan de mi-trimestre", "change") + ","
                            + type(s, "record-content", "Travail régulier en atelier ; la prise de notes reste à consolider. "
                            + "Participation orale en progrès depuis la rentrée.", "change"))),
                    think(),
                    exec(message("enseignant : enregistrer le bilan", click("record-save")).check(substring("Enregistr"))),
                    signOut("enseignant"));

    static final ScenarioBuilder DIRECTOR = scenario("directeur")
            .feed(accounts("directeur.%02d", 5))
            .exitBlockOnFail().on(
                    signIn("directeur", "parametres/etablissement", false, "phone", "valider", "logout"),
                    think(),
                    exec(message("directeur : saisir le téléphone", s -> type(s, "phone",
                            String.format(Locale.ROOT, "05 46 %02d %02d %02d", ThreadLocalRandom.current().nextInt(100),
                                    ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(100)), "change"))),
                    think(),
                    // another director's save in between is answered by the French conflict message: a right answer too
                    exec(message("directeur : enregistrer l'établissement", click("valider")).check(regex("enregistr|entre-temps"))),
                    think(),
                    exec(message("directeur : accès inspecteur", s -> navigate("parametres/acces-inspecteur"), "grant-" + PREMIERE)),
                    think(),
                    // the page redraws the switch when the access changed; when another director had just done the same, nothing changes
                    exec(message("directeur : accorder l'accès", s -> check(s, "grant-" + PREMIERE, true)).check(redrawn("grant-" + PREMIERE))),
                    think(),
                    exec(message("directeur : retirer l'accès", s -> check(s, "grant-" + PREMIERE, false)).check(redrawn("grant-" + PREMIERE))),
                    signOut("directeur"));

    {
        int teachers = Math.max(1, Math.round(USERS * 0.6f));
        int secretaries = Math.max(1, Math.round(USERS * 0.2f));
        int directors = Math.max(1, Math.round(USERS * 0.1f));
        int inspectors = Math.max(1, USERS - teachers - secretaries - directors);
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(TEACHER.injectClosed(load(teachers)));
        populations.add(SECRETARY.injectClosed(load(secretaries)));
        populations.add(DIRECTOR.injectClosed(load(directors)));
        populations.add(inspector().injectClosed(load(inspectors)));
        System.out.printf(Locale.ROOT, "Préau load: %d users at once (%d teachers, %d secretaries, %d directors, %d inspectors) against %s,"
                        + " ramp %d s, then %d s%s%n", teachers + secretaries + directors + inspectors, teachers, secretaries, directors,
                inspectors, BASE_URL, RAMP.toSeconds(), STEADY.toSeconds(), BREAK_KEY ? ", SECURITY KEY BROKEN ONCE PER USER" : "");
        // any failed request fails the run (and the Maven command): with -DbreakKey=true it must fail
        setUp(populations).protocols(protocol).maxDuration(RAMP.plus(STEADY).plusMinutes(3))
                .assertions(global().failedRequests().count().is(0L));
    }

    private static ClosedInjectionStep[] load(int users) {
        return new ClosedInjectionStep[]{rampConcurrentUsers(0).to(users).during(RAMP), constantConcurrentUsers(users).during(STEADY)};
    }

    private static ScenarioBuilder inspector() {
        return scenario("inspecteur")
                .feed(accounts("inspecteur.%02d", 5))
                .exitBlockOnFail().on(
                        // one granted diploma: the console opens with its learners
                        signIn("inspecteur", "inspection", true, "inspection-learners", "logout"),
                        think(),
                        exec(message("inspecteur : ouvrir un élève", clickRow("inspection-learners"), "inspection-learner-identity")),
                        signOut("inspecteur"));
    }
}
