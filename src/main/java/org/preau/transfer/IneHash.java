package org.preau.transfer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The INE as it travels in a question: hex HMAC-SHA-256 of the INE (upper case, trimmed) under the
 * federation's shared secret. Only an instance that holds the same INE and the same secret can
 * recognise it.
 */
final class IneHash {

    private final SecretKeySpec key;
    private final String keyId;

    IneHash(String secret) {
        if (secret == null || secret.isBlank()) throw new IllegalStateException("No federation secret (preau.federation.secret)");
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
        try {
            this.keyId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Which secret made a hash, without revealing it. */
    String keyId() {
        return keyId;
    }

    String of(String ine) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(ine.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One MAC reused for many INEs (an import's departures, a question round): not thread-safe. */
    java.util.function.UnaryOperator<String> hasher() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return ine -> HexFormat.of().formatHex(mac.doFinal(ine.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hex of 64 characters, lower case, as the contract writes it. */
    static boolean wellFormed(String hash) {
        return hash != null && hash.length() == 64 && hash.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
