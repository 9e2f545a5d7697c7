package org.preau.transfer;

import org.preau.base.Texts;
import org.preau.establishment.Uai;
import org.preau.peer.PeerEndpoint;
import org.preau.peer.PeerEndpointResolver;
import org.preau.peer.PeerKind;
import org.preau.peer.PeerClient;
import org.preau.peer.PeerUnreachableException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The directory of the other Préau instances (the federation): declared in
 * {@link FederationProperties}, each one's establishments learnt from its
 * {@code GET /api/v1/establishments} (daily and on demand) or declared beside it. It resolves where
 * a transfer goes: by instance name when the instance asked for it, else by destination UAI.
 */
@Component
@EnableConfigurationProperties({TransferProperties.class, FederationProperties.class})
class TransferDirectory implements PeerEndpointResolver {

    static final String ESTABLISHMENTS_PATH = "/api/v1/establishments";

    /** An establishment of another instance, as the directory knows it. */
    record Remote(String instance, String code, String name, boolean transfersOn, boolean siecle) {
    }

    /** The answer of {@code GET /api/v1/establishments}. */
    record EtablissementsAnswer(List<EtablissementEntry> establishments) {
    }

    record EtablissementEntry(String system, String code, String name, Boolean transfersOn, Boolean siecle) {
    }

    private final FederationProperties properties;
    private final FederationStore store;
    private final ObjectProvider<PeerClient> queries;
    private final Clock clock;

    TransferDirectory(FederationProperties properties, FederationStore store, ObjectProvider<PeerClient> queries, Clock clock) {
        this.properties = properties;
        this.store = store;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public PeerKind kind() {
        return PeerKind.PREAU;
    }

    boolean knows(String uai) {
        return remote(uai).isPresent();
    }

    /** The instance serving that UAI: declared codes first, then what the instances said. */
    Optional<Remote> remote(String uai) {
        if (uai == null) return Optional.empty();
        for (Map.Entry<String, FederationProperties.Instance> e : properties.getInstances().entrySet()) {
            if (!e.getValue().usable()) continue;
            Optional<FederationStore.KnownEtablissement> learnt = store.establishments(e.getKey()).stream()
                    .filter(k -> k.code().equals(uai)).findFirst();
            if (learnt.isPresent()) {
                FederationStore.KnownEtablissement k = learnt.get();
                return Optional.of(new Remote(e.getKey(), k.code(), k.name(), k.transfersOn(), k.siecle()));
            }
            if (e.getValue().getEstablishments().stream().map(Uai::normalise).anyMatch(uai::equals)) {
                // declared only: nothing known of its switch or of SIECLE until the instance answers
                return Optional.of(new Remote(e.getKey(), uai, null, false, false));
            }
        }
        return Optional.empty();
    }

    /** The codes an instance serves, as far as this instance knows (declared and learnt). */
    List<String> codesOf(String instance) {
        FederationProperties.Instance declared = properties.getInstances().get(instance);
        List<String> codes = new ArrayList<>();
        if (declared != null) declared.getEstablishments().stream().map(Uai::normalise).forEach(codes::add);
        store.establishments(instance).forEach(k -> codes.add(k.code()));
        return codes;
    }

    /** The usable instances, by name, in the order of the configuration. */
    List<String> instances() {
        return properties.getInstances().entrySet().stream().filter(e -> e.getValue().usable()).map(Map.Entry::getKey).toList();
    }

    /** Every declared instance, usable or not, for the screen. */
    Map<String, FederationProperties.Instance> declared() {
        return properties.getInstances();
    }

    @Override
    public PeerEndpoint resolve(long establishmentId, String target) {
        FederationProperties.Instance instance = Optional.ofNullable(target).map(properties.getInstances()::get)
                .filter(FederationProperties.Instance::usable)
                .or(() -> remote(target).map(r -> properties.getInstances().get(r.instance())))
                .orElseThrow(() -> new PeerUnreachableException(Texts.get("transfer.error.notInDirectory", target)));
        return endpoint(instance);
    }

    static PeerEndpoint endpoint(FederationProperties.Instance instance) {
        String base = instance.getBaseUrl().strip();
        return new PeerEndpoint(URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base), instance.getToken());
    }

    /** Asks every instance what it serves now; returns how many answered. */
    int refresh() {
        int answered = 0;
        for (String name : instances()) if (refresh(name)) answered++;
        return answered;
    }

    synchronized boolean refresh(String name) {
        try {
            EtablissementsAnswer answer = queries.getObject().get(PeerKind.PREAU, 0, name, ESTABLISHMENTS_PATH, EtablissementsAnswer.class);
            List<FederationStore.KnownEtablissement> known = answer.establishments() == null ? List.of() : answer.establishments().stream()
                    .filter(e -> e.code() != null && !e.code().isBlank() && e.name() != null)
                    .map(e -> new FederationStore.KnownEtablissement(name, e.code().strip().toUpperCase(java.util.Locale.ROOT),
                            "BE".equals(e.system()) ? "BE" : "FR", cut(e.name(), 200), Boolean.TRUE.equals(e.transfersOn()),
                            Boolean.TRUE.equals(e.siecle())))
                    .filter(e -> e.code().length() <= 20)
                    .collect(java.util.stream.Collectors.toMap(FederationStore.KnownEtablissement::code, e -> e, (a, b) -> a,
                            java.util.LinkedHashMap::new)).values().stream().toList();
            store.refreshed(name, known, clock.instant());
            return true;
        } catch (PeerUnreachableException | tools.jackson.core.JacksonException e) {
            store.unreachable(name, e.getMessage(), clock.instant());
            return false;
        } catch (org.springframework.dao.DataAccessException concurrentRefresh) {
            // another node refreshing the same instance at the same moment (a deadlock is possible): its answer stands
            return !store.establishments(name).isEmpty();
        }
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
