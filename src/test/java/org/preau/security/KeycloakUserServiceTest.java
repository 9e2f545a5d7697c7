package org.preau.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserSource;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the claims of a Keycloak ID token become the signed-in Préau person. */
class KeycloakUserServiceTest {

    private static final long LYCEE = 11, ECOLE = 22;

    /** The establishment feature's answer: the two demo establishments by UAI and FASE. */
    private final EtablissementDirectory directory = new EtablissementDirectory() {
        @Override
        public java.util.List<Long> idsForCodes(Collection<String> codes) {
            return codes.stream()
                    .map(code -> switch (code) {
                        case "0179912G" -> LYCEE;
                        case "5432" -> ECOLE;
                        default -> null;
                    })
                    .filter(Objects::nonNull).sorted().toList();
        }

        @Override
        public java.util.List<Long> allIds() {
            return java.util.List.of(LYCEE, ECOLE);
        }
    };

    private final KeycloakUserService service = new KeycloakUserService(directory);

    @Test
    void the_lycee_director_gets_the_director_role_and_works_in_the_lycee() {
        OidcPreauUser user = service.toPrincipal(source(claims("directeur", List.of("default-roles-preau", "offline_access", "director"),
                List.of("0179912G"))));

        assertThat(user.username()).isEqualTo("directeur");
        assertThat(user.getName()).isEqualTo("directeur");
        assertThat(user.displayName()).isEqualTo("Paul Durand");
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_DIRECTOR");
        assertThat(user.establishmentIds()).containsExactly(LYCEE);
        assertThat(user.currentEstablishmentId()).contains(LYCEE);
    }

    @Test
    void an_inspector_of_both_establishments_starts_in_the_first_and_may_hold_several_roles() {
        OidcPreauUser user = service.toPrincipal(source(claims("inspecteur", List.of("inspector", "teacher"),
                List.of("5432", "0179912G", "0179912G"))));

        assertThat(user.establishmentIds()).containsExactly(LYCEE, ECOLE);
        assertThat(user.currentEstablishmentId()).contains(LYCEE);
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_INSPECTOR", "ROLE_TEACHER");
    }

    @Test
    void switching_establishment_forgets_the_school_year_chosen_in_the_previous_one() {
        OidcPreauUser user = service.toPrincipal(source(claims("inspecteur", List.of("inspector"), List.of("0179912G", "5432"))));
        assertThat(user.currentSchoolYearId()).isEmpty();
        user.selectSchoolYear(3L);

        user.selectEstablishment(ECOLE);

        assertThat(user.currentSchoolYearId()).isEmpty();
    }

    @Test
    void a_single_code_sent_as_a_plain_string_counts_too() {
        Map<String, Object> claims = claims("secretaire.be", List.of("secretary"), null);
        claims.put("etablissements", " 5432 ");

        assertThat(service.toPrincipal(source(claims)).establishmentIds()).containsExactly(ECOLE);
    }

    @Test
    void a_person_without_the_etablissements_claim_is_refused_with_the_token_to_end_the_keycloak_session() {
        OidcUserSource source = source(claims("sans.etablissement", List.of("teacher"), null));

        assertThatThrownBy(() -> service.toPrincipal(source))
                .isInstanceOfSatisfying(RefusedLoginException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(RefusedLoginException.Reason.NO_ESTABLISHMENT);
                    assertThat(refused.idTokenValue()).isEqualTo("id-token-value");
                });
    }

    @Test
    void codes_that_preau_does_not_know_are_refused_like_no_code() {
        OidcUserSource source = source(claims("ailleurs", List.of("teacher"), List.of("0750001A", "999999")));

        assertThatThrownBy(() -> service.toPrincipal(source))
                .isInstanceOfSatisfying(RefusedLoginException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusedLoginException.Reason.NO_ESTABLISHMENT));
    }

    @Test
    void a_person_with_keycloak_roles_only_is_refused() {
        OidcUserSource source = source(claims("visiteur", List.of("default-roles-preau", "offline_access"), List.of("0179912G")));

        assertThatThrownBy(() -> service.toPrincipal(source))
                .isInstanceOfSatisfying(RefusedLoginException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusedLoginException.Reason.NO_ROLE));
    }

    @Test
    void the_principal_survives_serialisation_with_the_establishment_the_person_chose() throws Exception {
        OidcPreauUser user = service.toPrincipal(source(claims("inspecteur", List.of("inspector"), List.of("0179912G", "5432"))));
        user.selectEstablishment(ECOLE);
        user.selectSchoolYear(7L);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(user);
        }
        Object copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = in.readObject();
        }

        assertThat(copy).isInstanceOfSatisfying(OidcPreauUser.class, restored -> {
            assertThat(restored.username()).isEqualTo("inspecteur");
            assertThat(restored.establishmentIds()).containsExactly(LYCEE, ECOLE);
            assertThat(restored.currentEstablishmentId()).contains(ECOLE);
            assertThat(restored.currentSchoolYearId()).contains(7L);
            assertThat(restored.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_INSPECTOR");
        });
        assertThat(user.toString()).doesNotContain("id-token-value");
    }

    private static Map<String, Object> claims(String username, List<String> realmRoles, List<String> establishments) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", "http://localhost:8180/realms/preau");
        claims.put("sub", "f43d98d6-" + username);
        claims.put("aud", List.of("preau"));
        claims.put("preferred_username", username);
        claims.put("name", "Paul Durand");
        claims.put("realm_access", Map.of("roles", realmRoles));
        if (establishments != null) claims.put("etablissements", establishments);
        return claims;
    }

    private static OidcUserSource source(Map<String, Object> claims) {
        Instant now = Instant.now();
        ClientRegistration registration = ClientRegistration.withRegistrationId("keycloak")
                .clientId("preau").clientSecret("secret")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri("http://localhost:8180/realms/preau/protocol/openid-connect/auth")
                .tokenUri("http://localhost:8180/realms/preau/protocol/openid-connect/token")
                .jwkSetUri("http://localhost:8180/realms/preau/protocol/openid-connect/certs")
                .userNameAttributeName("preferred_username")
                .build();
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token-value",
                now, now.plusSeconds(300));
        OidcIdToken idToken = new OidcIdToken("id-token-value", now, now.plusSeconds(300), claims);
        return new OidcUserSource(new OidcUserRequest(registration, accessToken, idToken));
    }
}
