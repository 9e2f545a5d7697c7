package org.preau.sandbox;

import org.preau.peer.PeerProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The sandbox accepts the keys Préau is configured to send to SeGEC and Miroir, as the real peers would. */
@Component
@ConditionalOnProperty(name = "preau.sandbox.enabled", havingValue = "true")
public class SandboxKeys {

    private final PeerProperties peers;

    SandboxKeys(PeerProperties peers) {
        this.peers = peers;
    }

    /** Whether an Authorization header carries a key configured for SeGEC (for that establishment code, or the common one). */
    public boolean segecAccepts(String authorization, String establishmentCode) {
        return accepts(peers.getSegec(), authorization, establishmentCode);
    }

    /** Same for Miroir. */
    public boolean miroirAccepts(String authorization, String establishmentCode) {
        return accepts(peers.getMiroir(), authorization, establishmentCode);
    }

    private static boolean accepts(PeerProperties.Endpoint endpoint, String authorization, String code) {
        if (authorization == null || !authorization.startsWith("Bearer ")) return false;
        String expected = endpoint.getApiKeys().getOrDefault(code, endpoint.getApiKey());
        if (expected == null || expected.isBlank()) return false;
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8));
    }
}
