package org.preau.inspection;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.security.LocalAccounts;
import org.preau.security.Role;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
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
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

/**
 * An inspector named by e-mail before their first sign-in: the grant mail goes out at once, and the
 * grant applies when someone signs in with that e-mail on the real sign-in form. (The Keycloak
 * path, a token carrying the e-mail, is in {@code security.SignInRecorderTest}.)
 */
@PreauIntegrationTest
class ReferentByEmailTest {

    static final String SECONDE = "20010018110";

    @LocalServerPort int port;
    @Autowired InspectorAccess access;
    @Autowired InspectionProvisioning provisioning;
    @Autowired InspectorGrants grants;
    @Autowired LocalAccounts accounts;
    @Autowired SignedIn signedIn;
    @Autowired JdbcTemplate jdbc;

    long lycee;
    long seconde;
    String email;
    String username;

    @BeforeEach
    void grantedDiploma() {
        lycee = jdbc.queryForObject("select id from establishment where uai = ?", Long.class, LYCEE_UAI);
        for (String table : new String[]{"inspection_grant_change", "inspection_referent", "inspection_diploma", "mail_message"}) {
            jdbc.update("delete from " + table + " where establishment_id = ?", lycee);
        }
        jdbc.update("delete from establishment_module where establishment_id = ?", lycee);
        seconde = provisioning.ensureDiploma(lycee, SECONDE, "2nde générale et technologique");
        signedIn.forget();
        signedIn.as(DIRECTEUR, () -> access.setGranted(seconde, true));
        username = "insp." + Long.toString(System.nanoTime(), 36);
        email = username + "@ac-versailles.example";
    }

    @AfterEach
    void cleanUp() {
        signedIn.forget();
        for (String table : new String[]{"inspection_grant_change", "inspection_referent", "inspection_diploma", "mail_message"}) {
            jdbc.update("delete from " + table + " where establishment_id = ?", lycee);
        }
    }

    @Test
    void a_referent_named_by_e_mail_is_told_at_once_and_becomes_the_inspector_who_signs_in_with_that_e_mail() throws Exception {
        DiplomaGrant named = signedIn.as(DIRECTEUR, () -> access.addReferentByEmail(seconde, "Hélène Vidal", email.toUpperCase()));

        assertThat(named.referents()).singleElement().satisfies(r -> {
            assertThat(r.awaitingSignIn()).isTrue();
            assertThat(r.displayName()).isEqualTo("Hélène Vidal");
        });
        assertThat(jdbc.queryForObject("select subject from mail_message where lower(recipient) = ?", String.class, email))
                .startsWith("Préau : accès au diplôme 2nde générale et technologique");

        accounts.createIfAbsent(username, "Hélène Vidal", email, PASSWORD, Set.of(Role.INSPECTOR), Set.of(lycee));
        assertThat(signIn(username, PASSWORD)).doesNotContain("error");

        assertThat(jdbc.queryForList("select username from inspection_referent where diploma_id = ?", String.class, seconde))
                .containsExactly(username);
        assertThat(grants.grantedDiplomas(lycee, username)).containsExactly(SECONDE);
    }

    @Test
    void an_inspector_with_that_e_mail_who_does_not_serve_the_establishment_takes_nothing() throws Exception {
        signedIn.as(DIRECTEUR, () -> access.addReferentByEmail(seconde, "Hélène Vidal", email));
        long ecole = jdbc.queryForObject("select id from establishment where fase = ?", Long.class, ECOLE_FASE);
        accounts.createIfAbsent(username, "Hélène Vidal", email, PASSWORD, Set.of(Role.INSPECTOR), Set.of(ecole));

        assertThat(signIn(username, PASSWORD)).doesNotContain("error");

        assertThat(jdbc.queryForList("select username from inspection_referent where diploma_id = ?", String.class, seconde))
                .singleElement().asString().startsWith("invite:");
    }

    @Test
    void a_bad_e_mail_is_refused_in_french_and_another_establishments_diploma_is_refused() {
        assertThatThrownBy(() -> signedIn.as(DIRECTEUR, () -> access.addReferentByEmail(seconde, "X", "pas-une-adresse")))
                .isInstanceOfSatisfying(InvalidDiplomaException.class, e -> assertThat(e.getMessage()).startsWith("Indiquez une adresse électronique valide"));
        assertThatThrownBy(() -> signedIn.as(SECRETAIRE, () -> access.addReferentByEmail(seconde, "X", email))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from inspection_referent where diploma_id = ?", Integer.class, seconde)).isZero();
    }

    /** Posts the sign-in form as a browser would (with the page's CSRF token); returns where it is sent. */
    private String signIn(String user, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        var matcher = java.util.regex.Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"|name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        String csrf = matcher.find() ? "&_csrf=" + enc(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)) : "";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + enc(password) + csrf)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
