package org.preau.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

/** Password guessing on the local sign-in is slowed down, told in French, audited, and a director can lift the wait. */
@PreauIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    SignedIn signedIn;
    @Autowired
    LocalAccounts accounts;

    @BeforeEach
    @AfterEach
    void forgetFailures() {
        jdbc.update("delete from sign_in_failure");
        signedIn.forget();
    }

    /** Posts the sign-in form as a browser would (with the CSRF token of the page), and returns where it is sent. */
    private String signIn(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + enc(username) + "&password=" + enc(password) + csrf(page);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String csrf(String page) {
        var matcher = java.util.regex.Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"|name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        if (!matcher.find()) return "";
        return "&_csrf=" + enc(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void the_sixth_attempt_with_the_right_password_is_refused_while_the_account_waits(CapturedOutput output) throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertThat(signIn(SECRETAIRE, "mauvais-" + i)).as("failure " + i).endsWith("/login?error");
        }
        String sixth = signIn(SECRETAIRE, PASSWORD);
        assertThat(sixth).contains("/login?error&attendre=1");
        assertThat(output.getOut()).contains("Sign-in refused without checking the password: 'secretaire'");

        // the director of the secretary's establishment lifts the wait; the right password then works
        signedIn.as(DIRECTEUR, () -> {
            assertThat(throttle.locked()).extracting(LockedAccount::username).contains(SECRETAIRE);
            throttle.unlock(SECRETAIRE);
        });
        assertThat(signIn(SECRETAIRE, PASSWORD)).doesNotContain("error");
        assertThat(output.getOut()).contains("Account 'secretaire' unlocked by 'directeur'");
    }

    @Test
    void an_unknown_name_waits_the_same_so_the_lock_tells_nothing_about_which_accounts_exist() throws Exception {
        for (int i = 1; i <= 5; i++) signIn("personne-inconnue", "mauvais-" + i);
        assertThat(signIn("personne-inconnue", "encore")).contains("/login?error&attendre=1");
        for (int i = 1; i <= 5; i++) signIn(ENSEIGNANT, "mauvais-" + i);
        assertThat(signIn(ENSEIGNANT, "encore")).contains("/login?error&attendre=1");
    }

    @Test
    void the_wait_grows_with_each_attempt_made_while_waiting() {
        for (int i = 0; i < 5; i++) throttle.failed("quelqu-un", "10.0.0.1", false);
        var first = throttle.waitFor("quelqu-un", "10.0.0.2").orElseThrow();
        for (int i = 0; i < 3; i++) throttle.failed("quelqu-un", "10.0.0.1", true);
        var later = throttle.waitFor("quelqu-un", "10.0.0.2").orElseThrow();
        assertThat(first.toSeconds()).isLessThanOrEqualTo(30);
        assertThat(later.toSeconds()).isGreaterThan(200).isLessThanOrEqualTo(15 * 60);
    }

    @Test
    void twenty_failures_from_one_address_make_every_name_from_there_wait() {
        for (int i = 0; i < 20; i++) throttle.failed("nom-" + i, "192.0.2.7", false);
        assertThat(throttle.waitFor("encore-un-autre", "192.0.2.7")).isPresent();
        assertThat(throttle.waitFor("encore-un-autre", "192.0.2.8")).isEmpty();
    }

    @Test
    void a_director_cannot_unlock_an_account_of_another_establishment_nor_see_it() {
        long lycee = jdbc.queryForObject("select id from establishment where uai = ?", Long.class, LYCEE_UAI);
        accounts.createIfAbsent("directeur.verrous", "Direction Verrous", null, "x-verrous", java.util.Set.of(Role.DIRECTOR), java.util.Set.of(lycee));
        for (int i = 0; i < 5; i++) throttle.failed(SECRETAIRE_BE, "10.0.0.1", false);
        for (int i = 0; i < 5; i++) throttle.failed(SECRETAIRE, "10.0.0.1", false);
        signedIn.as(SECRETAIRE, () -> assertThatThrownBy(() -> throttle.unlock(SECRETAIRE)).isInstanceOf(AccessDeniedException.class));
        signedIn.as("directeur.verrous", () -> {
            assertThat(throttle.locked()).extracting(LockedAccount::username).containsExactly(SECRETAIRE);
            assertThatThrownBy(() -> throttle.unlock(SECRETAIRE_BE)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> throttle.unlock("personne-inconnue")).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(throttle.waitFor(SECRETAIRE_BE, "10.0.0.9")).isPresent();
    }
}
