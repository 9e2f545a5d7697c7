package org.preau.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One-time links ({@code user_account_link}): only the SHA-256 of the token is stored, so a copy of
 * the database signs nobody in. A link is used once, within {@link #VALID}; a new link of the same
 * kind for the same account ends the older ones.
 */
@Component
class AccountLinkStore {

    static final Duration VALID = Duration.ofHours(24);

    enum Purpose { SET_PASSWORD, FIRST_DIRECTOR }

    record Link(long id, Long accountId, Purpose purpose, Instant expiresAt, Instant usedAt) {
        boolean usableAt(Instant now) {
            return usedAt == null && expiresAt.isAfter(now);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    AccountLinkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes a link and returns its token; older unused links of that account and purpose stop working. */
    String issue(Long accountId, Purpose purpose, String createdBy, Instant now) {
        if (accountId == null) {
            jdbc.update("update user_account_link set expires_at = ? where user_account_id is null and purpose = ? and used_at is null and expires_at > ?",
                    Timestamp.from(now), purpose.name(), Timestamp.from(now));
        } else {
            jdbc.update("update user_account_link set expires_at = ? where user_account_id = ? and purpose = ? and used_at is null and expires_at > ?",
                    Timestamp.from(now), accountId, purpose.name(), Timestamp.from(now));
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("insert into user_account_link (user_account_id, purpose, token_hash, created_at, created_by, expires_at) values (?, ?, ?, ?, ?, ?)",
                accountId, purpose.name(), hash(token), Timestamp.from(now), createdBy, Timestamp.from(now.plus(VALID)));
        return token;
    }

    Optional<Link> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) return Optional.empty();
        return jdbc.query("select id, user_account_id, purpose, expires_at, used_at from user_account_link where token_hash = ?",
                (rs, i) -> new Link(rs.getLong(1), (Long) rs.getObject(2, Long.class), Purpose.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()),
                hash(token.strip())).stream().findFirst();
    }

    /** Marks the link used; false when it was used or expired meanwhile (two tabs at once: one wins). */
    boolean use(long id, Instant now) {
        return jdbc.update("update user_account_link set used_at = ? where id = ? and used_at is null and expires_at > ?",
                Timestamp.from(now), id, Timestamp.from(now)) == 1;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
