package org.preau.transfer;

import org.preau.base.Texts;
import org.preau.peer.PeerEndpoint;
import org.preau.peer.PeerEndpointResolver;
import org.preau.peer.PeerKind;
import org.preau.peer.PeerUnreachableException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.Optional;

/** Where another Préau answers for a destination UAI: the directory of {@link TransferProperties}. */
@Component
@EnableConfigurationProperties(TransferProperties.class)
class TransferDirectory implements PeerEndpointResolver {

    private final TransferProperties properties;

    TransferDirectory(TransferProperties properties) {
        this.properties = properties;
    }

    @Override
    public PeerKind kind() {
        return PeerKind.PREAU;
    }

    boolean knows(String uai) {
        return find(uai).isPresent();
    }

    @Override
    public PeerEndpoint resolve(long establishmentId, String target) {
        TransferProperties.Instance instance = find(target)
                .orElseThrow(() -> new PeerUnreachableException(Texts.get("transfer.error.notInDirectory", target)));
        String base = instance.getBaseUrl().strip();
        return new PeerEndpoint(URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base), instance.getApiKey());
    }

    private Optional<TransferProperties.Instance> find(String uai) {
        if (uai == null) return Optional.empty();
        return Optional.ofNullable(properties.getDirectory().get(uai))
                .filter(i -> i.getBaseUrl() != null && !i.getBaseUrl().isBlank() && i.getApiKey() != null && !i.getApiKey().isBlank());
    }
}
