package org.preau.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The first director of a fresh instance with local sign-in (production without Keycloak): from
 * the environment ({@code PREAU_FIRST_DIRECTOR_*}), or else from a one-time set-up link printed in
 * the log. Nothing happens while an enabled director exists; {@link FirstDirectorStartup} calls it
 * at start, never in the demo nor under Keycloak.
 */
@Service
public class FirstDirector {

    private static final Logger log = LoggerFactory.getLogger(FirstDirector.class);

    /** What the environment names; a blank username means "no first director from the environment". */
    record Settings(String username, String name, String email, String password, String establishments) {
    }

    private final UserAccountRepository accounts;
    private final AccountLinkStore links;
    private final EtablissementDirectory establishments;
    private final PasswordEncoder passwordEncoder;
    private final SecurityAuditLog audit;
    private final Clock clock;

    FirstDirector(UserAccountRepository accounts, AccountLinkStore links, EtablissementDirectory establishments,
                  PasswordEncoder passwordEncoder, SecurityAuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.establishments = establishments;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    boolean directorExists() {
        return accounts.countEnabledDirectors() > 0;
    }

    /**
     * Creates the director named by the environment when no director exists yet. With a password
     * (which must follow {@link PasswordPolicy}), it must be changed at the first sign-in (it sat in
     * the environment); without one, returns a "set your password" token to print.
     */
    @Transactional
    Optional<String> fromEnvironment(Settings settings) {
        if (directorExists() || settings.username() == null || settings.username().isBlank()) return Optional.empty();
        String username = settings.username().strip().toLowerCase(Locale.ROOT);
        if (!AccountManagement.USERNAME.matcher(username).matches()) throw new IllegalStateException(
                "PREAU_FIRST_DIRECTOR_USERNAME: 2 to 50 lower-case letters, digits, '.', '-' or '_'");
        String email = settings.email() == null ? "" : settings.email().strip();
        if (!AccountManagement.EMAIL.matcher(email).matches()) throw new IllegalStateException("PREAU_FIRST_DIRECTOR_EMAIL: not an e-mail address");
        if (accounts.existsByUsername(username)) throw new IllegalStateException("PREAU_FIRST_DIRECTOR_USERNAME: '" + username + "' exists and is no director");
        List<Long> where = establishments(settings.establishments());
        String name = settings.name() == null || settings.name().isBlank() ? username : settings.name().strip();
        boolean withPassword = settings.password() != null && !settings.password().isBlank();
        if (withPassword) {
            try {
                PasswordPolicy.check(settings.password());
            } catch (WeakPasswordException e) {
                throw new IllegalStateException("PREAU_FIRST_DIRECTOR_PASSWORD: " + org.preau.base.Texts.get(e.messageKey(), e.arguments()));
            }
        }
        Instant now = clock.instant();
        UserAccount account = new UserAccount(username, name, email, passwordEncoder.encode(withPassword ? settings.password()
                : java.util.UUID.randomUUID().toString()), EnumSet.of(Role.DIRECTOR), new TreeSet<>(where), now);
        if (withPassword) account.temporaryPassword(account.getPasswordHash());
        account.changedBy("environment", now);
        accounts.saveAndFlush(account);
        audit.accountChange("first director '{}' created from the environment (establishments {})", username, where);
        if (withPassword) return Optional.empty();
        return Optional.of(links.issue(account.getId(), AccountLinkStore.Purpose.SET_PASSWORD, "environment", now));
    }

    /** A set-up link for whoever starts the instance, while no director exists; empty otherwise. */
    @Transactional
    Optional<String> setUpLink() {
        if (directorExists()) return Optional.empty();
        return Optional.of(links.issue(null, AccountLinkStore.Purpose.FIRST_DIRECTOR, "start-up", clock.instant()));
    }

    /** The person holding the set-up link creates the first director (they become it), serving every establishment. */
    @Transactional
    public String createWithSetUpLink(String token, AccountDraft draft, String password) {
        Instant now = clock.instant();
        AccountLinkStore.Link link = links.find(token).filter(l -> l.purpose() == AccountLinkStore.Purpose.FIRST_DIRECTOR && l.usableAt(now))
                .orElseThrow(() -> new AccountException(null, "accounts.link.unusable"));
        if (directorExists()) throw new AccountException(null, "accounts.link.unusable");
        String username = draft.username() == null ? "" : draft.username().strip().toLowerCase(Locale.ROOT);
        if (!AccountManagement.USERNAME.matcher(username).matches()) throw new AccountException("username", "accounts.error.username");
        if (accounts.existsByUsername(username)) throw new AccountException("username", "accounts.error.usernameTaken", username);
        String name = draft.displayName() == null ? "" : draft.displayName().strip();
        if (name.isEmpty() || name.length() > 200) throw new AccountException("displayName", "accounts.error.displayName");
        String email = draft.email() == null ? "" : draft.email().strip();
        if (email.length() > 254 || !AccountManagement.EMAIL.matcher(email).matches()) throw new AccountException("email", "accounts.error.email");
        PasswordPolicy.check(password);
        List<Long> where = establishments.allIds();
        if (where.isEmpty()) throw new AccountException(null, "accounts.error.noEstablishmentYet");
        if (!links.use(link.id(), now)) throw new AccountException(null, "accounts.link.unusable");
        UserAccount account = new UserAccount(username, name, email, passwordEncoder.encode(password), EnumSet.of(Role.DIRECTOR),
                new TreeSet<>(where), now);
        account.changedBy(username, now);
        accounts.saveAndFlush(account);
        audit.accountChange("first director '{}' created through the set-up link (establishments {})", username, where);
        return username;
    }

    private List<Long> establishments(String codes) {
        if (codes == null || codes.isBlank()) {
            List<Long> all = establishments.allIds();
            if (all.isEmpty()) throw new IllegalStateException("No establishment is declared yet (PREAU_ESTABLISHMENTS_n_...): the first director would serve none");
            return all;
        }
        List<String> asked = Arrays.stream(codes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<Long> found = establishments.idsForCodes(asked);
        if (found.size() != Set.copyOf(asked).size()) throw new IllegalStateException("PREAU_FIRST_DIRECTOR_ESTABLISHMENTS: unknown code among " + asked);
        return found;
    }

    static void print(String link) {
        log.warn("""

                ====================================================================
                No director exists yet. Open this one-time link (valid 24 hours) to
                create the first director of this instance:
                  {}
                ====================================================================""", link);
    }
}
