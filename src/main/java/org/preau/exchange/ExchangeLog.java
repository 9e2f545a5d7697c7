package org.preau.exchange;

import org.preau.base.PersonalDataAccessed;
import org.preau.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes and reads the exchange history of the current establishment. Writes run in a
 * transaction of their own: a failed import rolls its data back, but its history row stays.
 */
@Service
public class ExchangeLog {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("startedAt"), Sort.Order.desc("id"));

    private final ExchangeRepository exchanges;
    private final ExchangeStore store;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExchangeLog(ExchangeRepository exchanges, ExchangeStore store, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.exchanges = exchanges;
        this.store = store;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Records a finished (or pending) exchange with its messages and payload; returns its id. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @PreAuthorize("isAuthenticated()")
    public long record(ExchangeRecord record) {
        Exchange created = new Exchange(currentUser.establishmentId(), record, currentUser.username(), clock.instant());
        created.startedByName(currentUser.require().displayName());
        Exchange exchange = exchanges.save(created);
        if (record.payload() != null) store.savePayload(exchange.getId(), record.payload().content());
        store.saveNewMessages(exchange.getId(), record.messages());
        return exchange.getId();
    }

    /** Finishes a pending exchange of the current establishment. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @PreAuthorize("isAuthenticated()")
    public void finish(long exchangeId, ExchangeStatus status, String summary, Map<String, Integer> counts,
                       List<ExchangeMessage> messages) {
        Exchange exchange = own(exchangeId);
        exchange.update(status, summary, counts, clock.instant());
        store.saveMessages(exchangeId, messages == null ? List.of() : messages);
    }

    /** The newest exchanges first, optionally of one kind. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public List<ExchangeSummary> history(ExchangeKind kind, int offset, int limit) {
        PageRequest page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit));
        long establishmentId = currentUser.establishmentId();
        List<Exchange> rows = kind == null
                ? exchanges.findByEstablishmentIdOrderByStartedAtDescIdDesc(establishmentId, page)
                : exchanges.findByEstablishmentIdAndKindOrderByStartedAtDescIdDesc(establishmentId, kind, page);
        return rows.stream().map(Exchange::toSummary).toList();
    }

    /** The newest exchanges first, filtered by kind, status and school year (each optional). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public List<ExchangeSummary> search(ExchangeFilter filter, int offset, int limit) {
        int size = Math.max(1, limit);
        // A slice, not findAll(spec, page): a Page counts the rows again for every full page, and the grid asks count() itself.
        // The slice sorts by its PageRequest only (sortBy() is ignored there).
        return exchanges.findBy(matching(filter), q -> q.slice(PageRequest.of(offset / size, size, NEWEST_FIRST)))
                .stream().map(Exchange::toSummary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public int count(ExchangeFilter filter) {
        return (int) exchanges.count(matching(filter));
    }

    /** Always within the current establishment, whatever the filter says. */
    private Specification<Exchange> matching(ExchangeFilter filter) {
        long establishmentId = currentUser.establishmentId();
        ExchangeFilter f = filter == null ? ExchangeFilter.ALL : filter;
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("establishmentId"), establishmentId));
            if (f.kind() != null) where.add(cb.equal(root.get("kind"), f.kind()));
            if (f.status() != null) where.add(cb.equal(root.get("status"), f.status()));
            if (f.schoolYearId() != null) where.add(cb.equal(root.get("schoolYearId"), f.schoolYearId()));
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public ExchangeSummary get(long exchangeId) {
        return own(exchangeId).toSummary();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public List<ExchangeMessage> messages(long exchangeId) {
        own(exchangeId);
        return store.messages(exchangeId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public Optional<ExchangePayload> payload(long exchangeId) {
        Exchange exchange = own(exchangeId);
        Optional<ExchangePayload> payload = store.payload(exchangeId)
                .map(bytes -> new ExchangePayload(exchange.getPayloadName(), exchange.getPayloadType(), bytes));
        // An imported file holds many people's data: its download is in the journal of accesses.
        payload.ifPresent(p -> events.publishEvent(new PersonalDataAccessed(currentUser.establishmentId(), currentUser.username(),
                PersonalDataAccessed.Subject.FILE, null, PersonalDataAccessed.Action.DOWNLOAD, p.name())));
        return payload;
    }

    /** Per kind of exchange: the last success, the last failure and the pending ones. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public List<DashboardRow> dashboard() {
        long establishmentId = currentUser.establishmentId();
        PageRequest one = PageRequest.of(0, 1);
        List<DashboardRow> rows = new ArrayList<>();
        for (ExchangeKind kind : ExchangeKind.values()) {
            Optional<ExchangeSummary> success = exchanges.latest(establishmentId, kind, ExchangeStatus.SUCCESS, one).stream().findFirst().map(Exchange::toSummary);
            Optional<ExchangeSummary> failure = exchanges.latest(establishmentId, kind, ExchangeStatus.FAILURE, one).stream().findFirst().map(Exchange::toSummary);
            List<ExchangeSummary> pending = exchanges.latest(establishmentId, kind, ExchangeStatus.PENDING, PageRequest.of(0, 20)).stream().map(Exchange::toSummary).toList();
            rows.add(new DashboardRow(kind, success, failure, pending));
        }
        return rows;
    }

    /** One line of the dashboard of links. */
    public record DashboardRow(ExchangeKind kind, Optional<ExchangeSummary> lastSuccess, Optional<ExchangeSummary> lastFailure,
                               List<ExchangeSummary> pending) {
    }

    private Exchange own(long exchangeId) {
        long establishmentId = currentUser.establishmentId();
        return exchanges.findByIdAndEstablishmentId(exchangeId, establishmentId)
                .orElseThrow(() -> new AccessDeniedException("Exchange " + exchangeId + " is not of establishment " + establishmentId));
    }
}
