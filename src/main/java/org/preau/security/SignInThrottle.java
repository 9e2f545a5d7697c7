package org.preau.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows password guessing on the local sign-in: after {@value #PER_NAME} failures for a name, or
 * {@value #PER_ADDRESS} from one address, within {@link #WINDOW}, every further attempt waits,
 * 30 s after the last failure, then twice as long at each new failure, up to the window. An
 * attempt made while waiting is refused without checking the password and counts as a failure.
 * The name is the one typed, whether an account has it or not, so the lock reveals nothing.
 */
@Service
public class SignInThrottle {

    static final int PER_NAME = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Logger audit = LoggerFactory.getLogger("org.preau.security.audit");

    private final JdbcTemplate jdbc;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, UserAccountRepository accounts, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * How long this name, or this address, must still wait before its next attempt; empty = go ahead.
     * One read of both (it runs before every sign-in), outside a transaction: a single statement.
     */
    Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        String name = key(username);
        String from = address(address);
        List<Timestamp> byNameFailures = new java.util.ArrayList<>();
        List<Timestamp> byAddressFailures = new java.util.ArrayList<>();
        // the comparisons stay the database's (its collation), as when each was a query of its own
        jdbc.query("select username = ?, address = ?, failed_at from sign_in_failure where (username = ? or address = ?)"
                        + " and failed_at > ? order by failed_at desc",
                rs -> {
                    if (rs.getBoolean(1)) byNameFailures.add(rs.getTimestamp(3));
                    if (rs.getBoolean(2)) byAddressFailures.add(rs.getTimestamp(3));
                }, name, from, name, from, Timestamp.from(now.minus(WINDOW)));
        Optional<Duration> byName = wait(byNameFailures, PER_NAME, now);
        Optional<Duration> byAddress = wait(byAddressFailures, PER_ADDRESS, now);
        if (byName.isEmpty()) return byAddress;
        if (byAddress.isEmpty()) return byName;
        return Optional.of(byName.get().compareTo(byAddress.get()) >= 0 ? byName.get() : byAddress.get());
    }

    private static Optional<Duration> wait(List<Timestamp> failures, int threshold, Instant now) {
        if (failures.size() < threshold) return Optional.empty();
        int beyond = Math.min(failures.size() - threshold, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << beyond);
        if (wait.compareTo(WINDOW) > 0) wait = WINDOW;
        Instant until = failures.getFirst().toInstant().plus(wait);
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    @Transactional
    void failed(String username, String address, boolean whileWaiting) {
        Instant now = clock.instant();
        jdbc.update("delete from sign_in_failure where failed_at < ?", Timestamp.from(now.minus(WINDOW)));
        jdbc.update("insert into sign_in_failure (username, address, failed_at) values (?, ?, ?)", key(username), address(address), Timestamp.from(now));
        if (whileWaiting) {
            audit.warn("Sign-in refused without checking the password: '{}' from {} must wait (too many failures)", key(username), address(address));
        }
    }

    /**
     * A successful sign-in clears the name's failures (not the address's: others may guess from it).
     * One statement at every sign-in: no transaction around it.
     */
    void succeeded(String username) {
        jdbc.update("delete from sign_in_failure where username = ?", key(username));
    }

    /** The local accounts of the current establishment that must wait now, by username. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<LockedAccount> locked() {
        long establishmentId = currentUser.establishmentId();
        Instant now = clock.instant();
        return jdbc.queryForList("select distinct username from sign_in_failure where failed_at > ? order by username", String.class,
                        Timestamp.from(now.minus(WINDOW))).stream()
                .map(accounts::findByUsername).flatMap(Optional::stream)
                .filter(a -> a.getEstablishmentIds().contains(establishmentId))
                .flatMap(a -> waitForName(a.getUsername(), now).map(w -> new LockedAccount(a.getUsername(), a.getDisplayName(), now.plus(w))).stream())
                .toList();
    }

    private Optional<Duration> waitForName(String username, Instant now) {
        return wait(jdbc.queryForList("select failed_at from sign_in_failure where username = ? and failed_at > ? order by failed_at desc",
                Timestamp.class, key(username), Timestamp.from(now.minus(WINDOW))), PER_NAME, now);
    }

    /**
     * The director lets an account of their establishment sign in again at once. An account of
     * another establishment is refused like one that does not exist.
     */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public void unlock(String username) {
        long establishmentId = currentUser.establishmentId();
        boolean ours = accounts.findByUsername(username == null ? "" : username)
                .filter(a -> a.getEstablishmentIds().contains(establishmentId)).isPresent();
        if (!ours) throw new AccessDeniedException("Account '" + username + "' is not of establishment " + establishmentId);
        int cleared = jdbc.update("delete from sign_in_failure where username = ?", key(username));
        audit.info("Account '{}' unlocked by '{}' ({} failed sign-ins cleared)", username, currentUser.username(), cleared);
    }

    private static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > 100 ? key.substring(0, 100) : key;
    }

    private static String address(String address) {
        String a = address == null ? "?" : address;
        return a.length() > 64 ? a.substring(0, 64) : a;
    }
}
