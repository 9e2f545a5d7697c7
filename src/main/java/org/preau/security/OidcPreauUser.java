package org.preau.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The principal of a person signed in through Keycloak (profile {@code keycloak}). Its
 * authorities are the Préau roles read from {@code realm_access.roles}, so that
 * {@code @RolesAllowed} works on views and services alike; its establishments come from the
 * {@code etablissements} claim, resolved once at sign-in.
 */
final class OidcPreauUser extends DefaultOidcUser implements WorksInPlace {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private final WorkPlace workPlace;

    OidcPreauUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
                  String nameAttributeKey, String username, String displayName, List<Long> establishmentIds) {
        super(authorities, idToken, userInfo, nameAttributeKey);
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.workPlace = new WorkPlace(establishmentIds);
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public WorkPlace workPlace() {
        return workPlace;
    }

    // equals and hashCode stay those of DefaultOidcUser (same token, same person): the
    // establishment and school year the person works in now are not part of who they are.
    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    @Override
    public String toString() {
        // never the tokens
        return "OidcPreauUser[" + username + "]";
    }
}
