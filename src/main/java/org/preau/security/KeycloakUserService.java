package org.preau.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserSource;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.util.StringUtils;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns a Keycloak sign-in into a {@link PreauPrincipal}: roles from {@code realm_access.roles}
 * (realm roles {@code secretary}, {@code director}, {@code inspector}, {@code teacher}),
 * establishments from the {@code etablissements} claim (UAI or FASE codes). A person with no
 * known establishment, or with no Préau role, is refused with a {@link RefusedLoginException}.
 */
final class KeycloakUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String ESTABLISHMENTS_CLAIM = "etablissements";
    static final String REALM_ACCESS_CLAIM = "realm_access";

    private static final Logger log = LoggerFactory.getLogger("org.preau.security.audit");

    private final OidcUserService delegate = new OidcUserService();
    private final EtablissementDirectory establishments;

    KeycloakUserService(EtablissementDirectory establishments) {
        this.establishments = establishments;
        // Spring checks the tokens and fetches the user info; Préau only builds the principal.
        delegate.setOidcUserConverter(this::toPrincipal);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        return delegate.loadUser(request);
    }

    OidcPreauUser toPrincipal(OidcUserSource source) {
        OidcUserRequest request = source.getUserRequest();
        OidcIdToken idToken = request.getIdToken();
        OidcUserInfo userInfo = source.getUserInfo();
        Map<String, Object> claims = new HashMap<>(idToken.getClaims());
        if (userInfo != null) claims.putAll(userInfo.getClaims());

        String username = firstText(claims, StandardClaimNames.PREFERRED_USERNAME, StandardClaimNames.SUB);
        Set<Role> roles = roles(claims.get(REALM_ACCESS_CLAIM));
        List<String> codes = strings(claims.get(ESTABLISHMENTS_CLAIM));
        List<Long> establishmentIds = codes.isEmpty() ? List.of() : establishments.idsForCodes(codes);

        if (establishmentIds.isEmpty()) {
            log.warn("Refused sign-in: user '{}' serves no known establishment (claim {}: {})",
                    username, ESTABLISHMENTS_CLAIM, codes);
            throw new RefusedLoginException(RefusedLoginException.Reason.NO_ESTABLISHMENT, username, idToken.getTokenValue());
        }
        if (roles.isEmpty()) {
            log.warn("Refused sign-in: user '{}' holds no Préau realm role", username);
            throw new RefusedLoginException(RefusedLoginException.Reason.NO_ROLE, username, idToken.getTokenValue());
        }

        List<SimpleGrantedAuthority> authorities = roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        String nameAttribute = request.getClientRegistration().getProviderDetails().getUserInfoEndpoint().getUserNameAttributeName();
        if (!StringUtils.hasText(nameAttribute) || !claims.containsKey(nameAttribute)) nameAttribute = StandardClaimNames.SUB;
        return new OidcPreauUser(authorities, idToken, userInfo, nameAttribute, username, displayName(claims, username),
                establishmentIds);
    }

    /** Préau roles among the realm roles; Keycloak's own ({@code offline_access}...) are left out. */
    static Set<Role> roles(Object realmAccess) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (realmAccess instanceof Map<?, ?> map) {
            for (String name : strings(map.get("roles"))) {
                for (Role role : Role.values()) {
                    if (role.name().equals(name.strip().toUpperCase(Locale.ROOT))) roles.add(role);
                }
            }
        }
        return roles;
    }

    /** A claim as a list of non-blank strings, whether Keycloak sent a list or a single value. */
    static List<String> strings(Object claim) {
        Stream<?> values = switch (claim) {
            case null -> Stream.empty();
            case Collection<?> collection -> collection.stream();
            case Object[] array -> Stream.of(array);
            default -> Stream.of(claim);
        };
        return values.filter(v -> v != null && StringUtils.hasText(v.toString()))
                .map(v -> v.toString().strip()).distinct().toList();
    }

    private static String displayName(Map<String, Object> claims, String username) {
        String name = firstText(claims, StandardClaimNames.NAME);
        if (name != null) return name;
        String joined = Stream.of(firstText(claims, StandardClaimNames.GIVEN_NAME), firstText(claims, StandardClaimNames.FAMILY_NAME))
                .filter(s -> s != null).reduce((a, b) -> a + " " + b).orElse(null);
        return joined != null ? joined : username;
    }

    private static String firstText(Map<String, Object> claims, String... names) {
        for (String name : names) {
            Object value = claims.get(name);
            if (value != null && StringUtils.hasText(value.toString())) return value.toString().strip();
        }
        return null;
    }
}
