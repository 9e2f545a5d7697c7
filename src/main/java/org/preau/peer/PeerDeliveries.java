package org.preau.peer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox of sends to peers. {@link #send} records the send in the caller's transaction, with
 * its idempotency key, and its first try happens after that transaction commits (so a rolled-back
 * import never sends anything, and a crash after commit loses nothing: the publication stays in
 * the registry and the retry job finds the row).
 * <p>
 * Feature services check their own roles and establishment before calling; these methods take
 * the establishment from the request or the row, because retries and listeners run without a user.
 */
@Service
public class PeerDeliveries {

    private final PeerDeliveryStore store;
    private final PeerDeliveryAttempts attempts;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    PeerDeliveries(PeerDeliveryStore store, PeerDeliveryAttempts attempts, ApplicationEventPublisher events, JsonMapper json,
                   Clock clock) {
        this.store = store;
        this.attempts = attempts;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Records a send; returns its id. Must run inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID send(PeerRequest request) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String body = request.body() == null ? null : json.writeValueAsString(request.body());
        store.insert(new PeerDelivery(id, request.establishmentId(), request.peer(), request.target(), request.purpose(),
                request.reference(), request.exchangeId(), request.settlesExchange(), request.method(), request.path(), body,
                UUID.randomUUID(), DeliveryStatus.PENDING, 0, now, now, null, null, null, null));
        events.publishEvent(new PeerDeliveryRequested(id));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<PeerDelivery> find(UUID id) {
        return store.find(id);
    }

    /** The sends of one exchange-history row, oldest first. */
    @Transactional(readOnly = true)
    public List<PeerDelivery> ofExchange(long exchangeId) {
        return store.ofExchange(exchangeId);
    }

    /** The newest sends of an establishment to a peer. */
    @Transactional(readOnly = true)
    public List<PeerDelivery> recent(long establishmentId, PeerKind peer, int limit) {
        return store.recent(establishmentId, peer, limit);
    }

    /** The sends of an establishment to a peer that still wait for a (next) try. */
    @Transactional(readOnly = true)
    public List<PeerDelivery> unfinished(long establishmentId, PeerKind peer) {
        return store.unfinished(establishmentId, peer);
    }

    /**
     * Makes a failed (or waiting) send due now, with a fresh retry period and the same idempotency
     * key: a user's "relaunch". The caller checks that the row belongs to the user's establishment.
     */
    @Transactional
    public boolean relaunch(UUID id) {
        boolean done = store.relaunch(id, clock.instant());
        if (done) events.publishEvent(new PeerDeliveryRequested(id));
        return done;
    }

    /** Tries every due send now, one after the other (the retry job; tests call it directly). Returns how many were due. */
    public int tryDueNow() {
        List<UUID> due = store.due(clock.instant(), 500);
        due.forEach(attempts::attempt);
        return due.size();
    }
}
