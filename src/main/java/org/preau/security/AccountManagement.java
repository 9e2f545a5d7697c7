package org.preau.security;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Paramètres › Comptes: the director manages the local accounts of the establishment they work in
 * (create, change roles and establishments, disable, send a one-time link, give a temporary
 * password). A director gives only establishments they serve themselves, and never touches an
 * account that does not serve their current establishment. Every change is in the security audit log.
 */
@Service
public class AccountManagement {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}");
    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final AccountLinkStore links;
    private final SignInThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final SecurityAuditLog audit;
    private final JdbcTemplate jdbc;
    private final Environment environment;
    private final Clock clock;

    AccountManagement(UserAccountRepository accounts, AccountLinkStore links, SignInThrottle throttle, PasswordEncoder passwordEncoder,
                      CurrentUser currentUser, SecurityAuditLog audit, JdbcTemplate jdbc, Environment environment, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.jdbc = jdbc;
        this.environment = environment;
        this.clock = clock;
    }

    /** True with local sign-in (the embedded default, or production without Keycloak); false under Keycloak. */
    public boolean localSignIn() {
        return !environment.acceptsProfiles(Profiles.of("keycloak"));
    }

    /** The local accounts serving the current establishment, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<ManagedAccount> list() {
        Set<String> locked = throttle.locked().stream().map(LockedAccount::username).collect(Collectors.toSet());
        return accounts.findServing(currentUser.establishmentId()).stream()
                .map(a -> view(a, locked.contains(a.getUsername()))).toList();
    }

    /** One account of the current establishment (refused like a missing one when it serves another). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public ManagedAccount get(long id) {
        UserAccount account = require(id);
        return view(account, throttle.locked().stream().anyMatch(l -> l.username().equals(account.getUsername())));
    }

    /** The establishments the director may give: their own. */
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<Long> grantableEstablishments() {
        return currentUser.require().establishmentIds();
    }

    /** Creates an account without a usable password: the caller sends its "set your password" link. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public ManagedAccount create(AccountDraft draft) {
        requireLocalSignIn();
        String username = draft.username() == null ? "" : draft.username().strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) throw new AccountException("username", "accounts.error.username");
        if (accounts.existsByUsername(username)) throw new AccountException("username", "accounts.error.usernameTaken", username);
        Checked checked = check(draft, -1L);
        Set<Long> establishments = grantable(checked.establishmentIds());
        if (establishments.isEmpty()) throw new AccountException("establishments", "accounts.error.noEstablishment");
        Instant now = clock.instant();
        UserAccount account = new UserAccount(username, checked.displayName(), checked.email(), unusablePassword(), checked.roles(),
                establishments, now);
        account.changedBy(currentUser.username(), now);
        accounts.saveAndFlush(account);
        audit.accountChange("'{}' created account '{}' (roles {}, establishments {})", currentUser.username(), username,
                checked.roles(), establishments);
        return view(account, false);
    }

    /** Changes name, e-mail, roles and establishments; establishments the director does not serve stay as they were. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public ManagedAccount update(long id, long version, AccountDraft draft) {
        requireLocalSignIn();
        UserAccount account = require(id);
        if (account.getVersion() != version) throw new AccountException(null, "accounts.error.changedMeanwhile", account.getDisplayName());
        Checked checked = check(draft, id);
        Set<Long> mine = Set.copyOf(currentUser.require().establishmentIds());
        Set<Long> establishments = new TreeSet<>(grantable(checked.establishmentIds()));
        account.getEstablishmentIds().stream().filter(e -> !mine.contains(e)).forEach(establishments::add);
        if (establishments.isEmpty()) throw new AccountException("establishments", "accounts.error.noEstablishment");
        if (isMe(account) && !checked.roles().contains(Role.DIRECTOR)) throw new AccountException("roles", "accounts.error.ownDirectorRole");
        Set<Role> before = Set.copyOf(account.getRoles());
        Set<Long> establishmentsBefore = Set.copyOf(account.getEstablishmentIds());
        account.describe(checked.displayName(), checked.email(), checked.roles(), establishments);
        account.changedBy(currentUser.username(), clock.instant());
        accounts.saveAndFlush(account);
        audit.accountChange("'{}' changed account '{}' (roles {} -> {}, establishments {} -> {})", currentUser.username(),
                account.getUsername(), before, checked.roles(), establishmentsBefore, establishments);
        return get(id);
    }

    /** Disables (nobody can sign in with it, its links stop working) or enables again. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public ManagedAccount setEnabled(long id, boolean enabled) {
        requireLocalSignIn();
        UserAccount account = require(id);
        if (!enabled && isMe(account)) throw new AccountException(null, "accounts.error.disableSelf");
        if (account.isEnabled() == enabled) return get(id);
        account.setEnabled(enabled);
        account.changedBy(currentUser.username(), clock.instant());
        accounts.saveAndFlush(account);
        if (!enabled) jdbc.update("update user_account_link set expires_at = ? where user_account_id = ? and used_at is null and expires_at > ?",
                java.sql.Timestamp.from(clock.instant()), id, java.sql.Timestamp.from(clock.instant()));
        audit.accountChange("'{}' {} account '{}'", currentUser.username(), enabled ? "enabled" : "disabled", account.getUsername());
        return get(id);
    }

    /** A "set your password" link for the account, valid 24 hours, used once; older links stop working. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public IssuedLink issueSetPasswordLink(long id) {
        requireLocalSignIn();
        UserAccount account = require(id);
        if (!account.isEnabled()) throw new AccountException(null, "accounts.error.disabled", account.getDisplayName());
        if (account.getEmail() == null || account.getEmail().isBlank()) throw new AccountException("email", "accounts.error.noEmail", account.getDisplayName());
        Instant now = clock.instant();
        String token = links.issue(account.getId(), AccountLinkStore.Purpose.SET_PASSWORD, currentUser.username(), now);
        audit.accountChange("'{}' sent a one-time link to account '{}' (valid until {})", currentUser.username(), account.getUsername(),
                now.plus(AccountLinkStore.VALID));
        return new IssuedLink(token, account.getUsername(), account.getDisplayName(), account.getEmail(), now.plus(AccountLinkStore.VALID));
    }

    /** A temporary password, returned once to be read out; the person must choose their own at the next sign-in. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public String temporaryPassword(long id) {
        requireLocalSignIn();
        UserAccount account = require(id);
        if (!account.isEnabled()) throw new AccountException(null, "accounts.error.disabled", account.getDisplayName());
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) password.append('-');
            password.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
        }
        account.temporaryPassword(passwordEncoder.encode(password));
        account.changedBy(currentUser.username(), clock.instant());
        accounts.saveAndFlush(account);
        audit.accountChange("'{}' gave account '{}' a temporary password (to change at the next sign-in)", currentUser.username(),
                account.getUsername());
        return password.toString();
    }

    /** People signed in through Keycloak who serve the current establishment, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<SeenUser> seen() {
        return SeenUsers.serving(jdbc, currentUser.establishmentId());
    }

    private UserAccount require(long id) {
        long establishmentId = currentUser.establishmentId();
        return accounts.findById(id).filter(a -> a.getEstablishmentIds().contains(establishmentId))
                .orElseThrow(() -> new AccessDeniedException("Account " + id + " does not serve establishment " + establishmentId));
    }

    private record Checked(String displayName, String email, Set<Role> roles, Set<Long> establishmentIds) {
    }

    private Checked check(AccountDraft draft, long id) {
        String displayName = draft.displayName() == null ? "" : draft.displayName().strip();
        if (displayName.isEmpty()) throw new AccountException("displayName", "accounts.error.displayName");
        if (displayName.length() > 200) throw new AccountException("displayName", "accounts.error.displayNameLong", 200);
        String email = draft.email() == null ? "" : draft.email().strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) throw new AccountException("email", "accounts.error.email");
        if (accounts.existsByEmailIgnoreCaseAndIdNot(email, id)) throw new AccountException("email", "accounts.error.emailTaken", email);
        Set<Role> roles = draft.roles() == null || draft.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(draft.roles());
        if (roles.isEmpty()) throw new AccountException("roles", "accounts.error.noRole");
        Set<Long> establishments = draft.establishmentIds() == null ? Set.of() : new HashSet<>(draft.establishmentIds());
        return new Checked(displayName, email, roles, establishments);
    }

    /** The asked establishments, all of them served by the director; one that is not is refused, not dropped. */
    private Set<Long> grantable(Set<Long> asked) {
        Set<Long> mine = Set.copyOf(currentUser.require().establishmentIds());
        for (Long id : asked) {
            if (!mine.contains(id)) {
                throw new AccessDeniedException("Establishment " + id + " is not served by " + currentUser.username());
            }
        }
        return new TreeSet<>(asked);
    }

    private boolean isMe(UserAccount account) {
        return account.getUsername().equals(currentUser.username());
    }

    private void requireLocalSignIn() {
        if (!localSignIn()) throw new AccountException(null, "accounts.error.keycloak");
    }

    private String unusablePassword() {
        // a random password nobody knows: the account is usable once its owner sets theirs through the link
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return passwordEncoder.encode(java.util.HexFormat.of().formatHex(bytes));
    }

    static ManagedAccount view(UserAccount a, boolean locked) {
        return new ManagedAccount(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), Set.copyOf(a.getRoles()),
                new TreeSet<>(a.getEstablishmentIds()), a.isEnabled(), locked, a.mustChangePassword(), a.getLastSignInAt(), a.getVersion());
    }

    static Comparator<ManagedAccount> byName() {
        return Comparator.comparing(ManagedAccount::displayName, String.CASE_INSENSITIVE_ORDER);
    }
}
