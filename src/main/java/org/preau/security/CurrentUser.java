package org.preau.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The one place where features learn who acts and for which establishment. The establishment
 * comes from the signed-in principal, never from a request parameter.
 */
@Component
public class CurrentUser {

    private static final Logger log = LoggerFactory.getLogger(CurrentUser.class);

    public Optional<PreauPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof PreauPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public PreauPrincipal require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in user"));
    }

    public String username() {
        return require().username();
    }

    /** The establishment the user works in now; refused when they serve none. */
    public long establishmentId() {
        PreauPrincipal principal = require();
        return principal.currentEstablishmentId().orElseThrow(() -> new NoEtablissementException(principal.username()));
    }

    /** Moves the user to another of their establishments; any other id is refused and logged. */
    public void switchEstablishment(long establishmentId) {
        PreauPrincipal principal = require();
        if (!principal.establishmentIds().contains(establishmentId)) {
            log.warn("Access refused: user '{}' tried to switch to establishment {} that they do not serve",
                    principal.username(), establishmentId);
            throw new AccessDeniedException("Establishment " + establishmentId + " is not served by " + principal.username());
        }
        principal.selectEstablishment(establishmentId);
        log.info("User '{}' now works in establishment {}", principal.username(), establishmentId);
    }

    public Set<Role> roles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (authentication == null) return roles;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) roles.add(role);
            }
        }
        return roles;
    }

    /**
     * True when the signed-in user has one of these roles and works in an establishment now: what the
     * home page's lists of work waiting ask before anything else.
     */
    public boolean worksAs(Role... roles) {
        return get().flatMap(PreauPrincipal::currentEstablishmentId).isPresent()
                && java.util.Arrays.stream(roles).anyMatch(this::hasRole);
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }
}
