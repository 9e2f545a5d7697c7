package org.preau.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The pages reached from a one-time link, before anyone is signed in: the token is the only
 * proof, so every method checks it (stored hashed, 24 h, used once) and a wrong, used or expired
 * token is refused with the same answer.
 */
@Service
public class PasswordLinks {

    private final AccountLinkStore links;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SignInThrottle throttle;
    private final SecurityAuditLog audit;
    private final Clock clock;

    PasswordLinks(AccountLinkStore links, UserAccountRepository accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle,
                  SecurityAuditLog audit, Clock clock) {
        this.links = links;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whose password the link sets (name and username), while it can still be used. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> holder(String token) {
        Instant now = clock.instant();
        return links.find(token).filter(l -> l.purpose() == AccountLinkStore.Purpose.SET_PASSWORD && l.usableAt(now))
                .flatMap(l -> accounts.findById(l.accountId())).filter(UserAccount::isEnabled)
                .map(a -> new AccountSummary(a.getUsername(), a.getDisplayName(), a.getEmail(), Set.copyOf(a.getEstablishmentIds())));
    }

    /** Sets the account's password through the link, which is then spent; the password follows {@link PasswordPolicy}. */
    @Transactional
    public String setPassword(String token, String newPassword) {
        Instant now = clock.instant();
        AccountLinkStore.Link link = links.find(token).filter(l -> l.purpose() == AccountLinkStore.Purpose.SET_PASSWORD && l.usableAt(now))
                .orElseThrow(PasswordLinks::unusable);
        UserAccount account = accounts.findById(link.accountId()).filter(UserAccount::isEnabled).orElseThrow(PasswordLinks::unusable);
        PasswordPolicy.check(newPassword);
        if (!links.use(link.id(), now)) throw unusable();
        account.changePassword(passwordEncoder.encode(newPassword));
        account.changedBy(account.getUsername(), now);
        throttle.succeeded(account.getUsername());
        audit.accountChange("'{}' set their password through a one-time link", account.getUsername());
        return account.getUsername();
    }

    /** True while the set-up link of a fresh instance can still be used (unused, not expired, no director yet). */
    @Transactional(readOnly = true)
    public boolean firstDirectorLinkUsable(String token) {
        Instant now = clock.instant();
        return links.find(token).filter(l -> l.purpose() == AccountLinkStore.Purpose.FIRST_DIRECTOR && l.usableAt(now)).isPresent()
                && accounts.countEnabledDirectors() == 0;
    }

    private static AccountException unusable() {
        return new AccountException(null, "accounts.link.unusable");
    }
}
