package org.preau.peer;

import java.net.URI;

/**
 * Where a peer answers and the key Préau shows it. {@code baseUrl} ends before the contract's
 * paths (e.g. {@code https://extranet.example.org} for {@code /api/v1/establishments/...}).
 */
public record PeerEndpoint(URI baseUrl, String apiKey) {

    @Override
    public String toString() {
        return "PeerEndpoint[" + baseUrl + "]"; // never the key
    }
}
