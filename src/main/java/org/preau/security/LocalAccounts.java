package org.preau.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Set;

/**
 * Creates local accounts. {@link #createIfAbsent} is for seeds (the demo data, test fixtures) and
 * skips the password policy; every other password set through Préau goes through
 * {@link #create} or {@link #changePassword}, which apply {@link PasswordPolicy}.
 */
@Service
public class LocalAccounts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final SecurityAuditLog audit;

    LocalAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock, CurrentUser currentUser, SecurityAuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    /** Creates the account unless one with that username exists; returns whether it created it. */
    @Transactional
    public boolean createIfAbsent(String username, String displayName, String email, String rawPassword,
                                  Set<Role> roles, Set<Long> establishmentIds) {
        if (accounts.existsByUsername(username)) return false;
        accounts.save(new UserAccount(username, displayName, email, passwordEncoder.encode(rawPassword), roles,
                establishmentIds, clock.instant()));
        return true;
    }

    /** An account a seed asks for: {@link #createAllIfAbsent} creates many of them at once. */
    public record SeedAccount(String username, String displayName, String email, Set<Role> roles, Set<Long> establishmentIds) {
    }

    /**
     * Creates those of the accounts that do not exist, all with one password hashed once (a hash
     * costs ~0.1 s: hundreds of load-test accounts would otherwise take most of a minute at start);
     * returns how many it created. For seeds only, like {@link #createIfAbsent}.
     */
    @Transactional
    public int createAllIfAbsent(java.util.List<SeedAccount> seeds, String rawPassword) {
        String hash = passwordEncoder.encode(rawPassword);
        java.util.List<UserAccount> fresh = seeds.stream().filter(a -> !accounts.existsByUsername(a.username()))
                .map(a -> new UserAccount(a.username(), a.displayName(), a.email(), hash, a.roles(), a.establishmentIds(), clock.instant()))
                .toList();
        accounts.saveAll(fresh);
        return fresh.size();
    }

    /** Creates an account whose password follows {@link PasswordPolicy}; refuses a name already taken. */
    @Transactional
    public void create(String username, String displayName, String email, String rawPassword,
                       Set<Role> roles, Set<Long> establishmentIds) {
        PasswordPolicy.check(rawPassword);
        if (accounts.existsByUsername(username)) throw new IllegalArgumentException("Account '" + username + "' exists");
        accounts.save(new UserAccount(username, displayName, email, passwordEncoder.encode(rawPassword), roles,
                establishmentIds, clock.instant()));
    }

    /** The signed-in user changes their own password; the new one follows {@link PasswordPolicy}. */
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findByUsername(currentUser.username())
                .filter(a -> passwordEncoder.matches(currentPassword == null ? "" : currentPassword, a.getPasswordHash()))
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Wrong current password"));
        PasswordPolicy.check(newPassword);
        account.changePassword(passwordEncoder.encode(newPassword));
    }

    /**
     * After signing in with a temporary password, the person chooses their own (no need to type the
     * temporary one again: they just did). Refused when no change is due.
     */
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize("isAuthenticated()")
    public void replaceTemporaryPassword(String newPassword) {
        PreauPrincipal principal = currentUser.require();
        UserAccount account = accounts.findByUsername(principal.username()).filter(UserAccount::mustChangePassword)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("No password change is due for " + principal.username()));
        PasswordPolicy.check(newPassword);
        account.changePassword(passwordEncoder.encode(newPassword));
        account.changedBy(principal.username(), clock.instant());
        if (principal instanceof LocalUserPrincipal local) local.passwordChanged();
        audit.accountChange("'{}' replaced their temporary password", principal.username());
    }

    /** The local accounts with that role serving the user's establishment, by display name (the referent inspectors to choose from). */
    @Transactional(readOnly = true)
    public java.util.List<AccountSummary> withRole(Role role, long establishmentId) {
        // only the signed-in user's own establishment: the names and e-mails of another's staff are not theirs to read
        if (establishmentId != currentUser.establishmentId()) {
            throw new org.springframework.security.access.AccessDeniedException("Accounts of establishment " + establishmentId + " are not "
                    + currentUser.username() + "'s to list");
        }
        return accounts.findAll().stream()
                .filter(a -> a.isEnabled() && a.getRoles().contains(role) && a.getEstablishmentIds().contains(establishmentId))
                .map(a -> new AccountSummary(a.getUsername(), a.getDisplayName(), a.getEmail(), a.getEstablishmentIds()))
                .sorted(java.util.Comparator.comparing(AccountSummary::displayName))
                .toList();
    }

    /** Every local account with its roles and establishments, by username (the demo prints them at start). */
    @Transactional(readOnly = true)
    public java.util.List<AccountOverview> overview() {
        return accounts.findAll().stream()
                .map(a -> new AccountOverview(a.getUsername(), java.util.Set.copyOf(a.getRoles()), java.util.Set.copyOf(a.getEstablishmentIds())))
                .sorted(java.util.Comparator.comparing(AccountOverview::username))
                .toList();
    }
}
