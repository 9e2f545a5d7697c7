package org.preau.peer;

import org.preau.base.Texts;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.springframework.core.env.Environment;

import java.net.URI;

/** SeGEC and Miroir endpoints from {@link PeerProperties}; a blank base URL is this instance's sandbox peer. */
class ConfiguredEndpoints implements PeerEndpointResolver {

    private final PeerKind kind;
    private final PeerProperties.Endpoint config;
    private final String sandboxPath;
    private final EtablissementService etablissements;
    private final Environment environment;

    ConfiguredEndpoints(PeerKind kind, PeerProperties.Endpoint config, String sandboxPath,
                        EtablissementService etablissements, Environment environment) {
        this.kind = kind;
        this.config = config;
        this.sandboxPath = sandboxPath;
        this.etablissements = etablissements;
        this.environment = environment;
    }

    @Override
    public PeerKind kind() {
        return kind;
    }

    @Override
    public PeerEndpoint resolve(long establishmentId, String target) {
        String code = etablissements.summary(establishmentId).map(EtablissementSummary::code).orElse("");
        String key = config.getApiKeys().getOrDefault(code, config.getApiKey());
        if (key == null || key.isBlank()) throw new PeerUnreachableException(Texts.get("peer.error.noKey", kind.name()));
        String base = config.getBaseUrl();
        if (base == null || base.isBlank()) {
            // The sandbox answers on this very instance; its port is known once the server started.
            String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
            base = "http://localhost:" + port + sandboxPath;
        }
        return new PeerEndpoint(URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base), key);
    }
}
