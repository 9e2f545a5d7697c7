package org.preau.peer;

import org.preau.base.Texts;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads from a peer (what the extranet holds, a submission's status): no outbox, an answer now or a French error. */
@Service
public class PeerClient {

    private final Map<PeerKind, PeerEndpointResolver> resolvers;
    private final PeerHttp http;
    private final JsonMapper json;

    PeerClient(List<PeerEndpointResolver> resolvers, PeerHttp http, JsonMapper json) {
        this.resolvers = resolvers.stream().collect(Collectors.toMap(PeerEndpointResolver::kind, Function.identity(),
                (configured, feature) -> configured instanceof ConfiguredEndpoints ? feature : configured));
        this.http = http;
        this.json = json;
    }

    /** GETs a path and reads the JSON answer into {@code type}; a non-2xx answer or no answer throws {@link PeerUnreachableException}. */
    public <T> T get(PeerKind peer, long establishmentId, String target, String path, Class<T> type) {
        PeerEndpointResolver resolver = resolvers.get(peer);
        if (resolver == null) throw new PeerUnreachableException(Texts.get("peer.error.noKey", peer.name()));
        PeerEndpoint endpoint = resolver.resolve(establishmentId, target);
        PeerAnswer answer;
        try {
            answer = http.get(endpoint, path);
        } catch (IOException e) {
            throw new PeerUnreachableException(Texts.get("peer.error.unreachable", endpoint.baseUrl().getHost()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PeerUnreachableException(Texts.get("peer.error.timeout"));
        }
        if (answer.status() < 200 || answer.status() >= 300) {
            throw new PeerUnreachableException(Texts.get("peer.error.answer", answer.status(),
                    ProblemDetail.sentence(json, answer.status(), answer.body())));
        }
        return json.readValue(answer.body(), type);
    }
}
