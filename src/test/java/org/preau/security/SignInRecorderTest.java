package org.preau.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.inspection.InspectionProvisioning;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/**
 * A Keycloak sign-in, as Spring Security announces it once Keycloak's tokens are checked: the
 * person is recorded as seen (roles and establishments from the token) and listed on the
 * director's accounts page; an inspector named by e-mail becomes the referent. The real
 * Keycloak round trip is in {@link KeycloakSingleSignOnTest}.
 */
@PreauIntegrationTest
class SignInRecorderTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired AccountManagement management;
    @Autowired LocalAccounts accounts;
    @Autowired InspectionProvisioning inspection;
    @Autowired SignedIn signedIn;
    @Autowired JdbcTemplate jdbc;

    long lycee;
    String username;

    @BeforeEach
    void names() {
        lycee = jdbc.queryForObject("select id from establishment where uai = ?", Long.class, LYCEE_UAI);
        username = "kc." + Long.toString(System.nanoTime(), 36);
        signedIn.forget();
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from inspection_referent where establishment_id = ? and display_name = 'Hugo Keycloak'", lycee);
        jdbc.update("delete from inspection_diploma where establishment_id = ? and diploma_code = 'KC-TEST'", lycee);
        signedIn.forget();
    }

    private void keycloakSignIn(String email, String... roles) {
        OidcIdToken token = new OidcIdToken("jeton", Instant.now(), Instant.now().plusSeconds(300),
                Map.of("sub", username, "preferred_username", username, "email", email, "name", "Hugo Keycloak"));
        var authorities = java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        OidcPreauUser user = new OidcPreauUser(authorities, token, null, "preferred_username", username, "Hugo Keycloak", List.of(lycee));
        events.publishEvent(new AuthenticationSuccessEvent(new OAuth2AuthenticationToken(user, authorities, "keycloak")));
    }

    @Test
    void a_keycloak_user_is_listed_with_the_roles_and_establishments_of_their_token_and_their_last_sign_in() {
        keycloakSignIn(username + "@lycee.example", "TEACHER", "SECRETARY");

        List<SeenUser> seen = signedIn.as(DIRECTEUR, () -> management.seen());
        assertThat(seen).filteredOn(u -> u.username().equals(username)).singleElement().satisfies(u -> {
            assertThat(u.roles()).containsExactlyInAnyOrder(Role.TEACHER, Role.SECRETARY);
            assertThat(u.establishmentIds()).containsExactly(lycee);
            assertThat(u.email()).isEqualTo(username + "@lycee.example");
            assertThat(u.lastSignInAt()).isAfter(Instant.now().minusSeconds(60));
        });
        // a director of the école only does not see the lycée's people
        long ecole = jdbc.queryForObject("select id from establishment where fase = ?", Long.class, ECOLE_FASE);
        accounts.createIfAbsent(AccountManagementTest.ECOLE_DIRECTOR, "Directrice de l'école", "directrice.comptes@ecole.example", PASSWORD,
                java.util.Set.of(Role.DIRECTOR), java.util.Set.of(ecole));
        assertThat(signedIn.as(AccountManagementTest.ECOLE_DIRECTOR, () -> management.seen())).extracting(SeenUser::username).doesNotContain(username);
    }

    @Test
    void an_inspector_named_by_e_mail_becomes_the_referent_at_their_first_keycloak_sign_in() {
        String email = username + "@ac-lille.example";
        long diploma = inspection.ensureDiploma(lycee, "KC-TEST", "Diplôme de test Keycloak");
        jdbc.update("insert into inspection_referent (diploma_id, establishment_id, username, display_name, email) values (?, ?, ?, 'Hugo Keycloak', ?)",
                diploma, lycee, "invite:" + java.util.HexFormat.of().formatHex(sha256(email), 0, 20), email);

        keycloakSignIn(email.toUpperCase(), "INSPECTOR");

        assertThat(jdbc.queryForList("select username from inspection_referent where diploma_id = ?", String.class, diploma)).containsExactly(username);
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
