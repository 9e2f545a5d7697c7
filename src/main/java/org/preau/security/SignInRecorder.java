package org.preau.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * At every sign-in: the local account's last sign-in, or the Keycloak user as their token describes
 * them (the accounts page lists them); then {@link UserSignedIn} for features waiting for that person.
 * A failure here is logged and never refuses the sign-in.
 */
@Component
class SignInRecorder {

    private static final Logger log = LoggerFactory.getLogger(SignInRecorder.class);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    SignInRecorder(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
    }

    // A local account's sign-in is one statement: no transaction around it (the listeners of UserSignedIn
    // open their own when they write). A Keycloak user's record is several, in one transaction.
    @EventListener
    public void onSignIn(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof PreauPrincipal principal)) return;
        Instant now = clock.instant();
        Set<Role> roles = rolesOf(event);
        String email = null;
        try {
            if (principal instanceof LocalUserPrincipal local) {
                email = local.email();
                jdbc.update("update user_account set last_sign_in_at = ? where username = ?", Timestamp.from(now), local.username());
            } else if (principal instanceof OidcPreauUser oidc) {
                email = oidc.getEmail();
                SeenUser seen = new SeenUser(oidc.username(), oidc.displayName(), email, roles,
                        new TreeSet<>(oidc.establishmentIds()), now);
                transactions.executeWithoutResult(status -> SeenUsers.record(jdbc, seen));
            }
            events.publishEvent(new UserSignedIn(principal.username(), principal.displayName(), email, roles, principal.establishmentIds()));
        } catch (RuntimeException e) {
            log.error("Sign-in of '{}' could not be recorded", principal.username(), e);
        }
    }

    private static Set<Role> rolesOf(AuthenticationSuccessEvent event) {
        Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        event.getAuthentication().getAuthorities().forEach(a -> {
            for (Role role : Role.values()) if (role.authority().equals(a.getAuthority())) roles.add(role);
        });
        return roles;
    }
}
