package org.preau.peer;

import org.preau.base.WaitingItem;
import org.preau.base.WaitingItem.Severity;
import org.preau.base.WaitingWork;
import org.preau.security.CurrentUser;
import org.preau.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The director's sends to outside peers that need an eye: those refused or given up in the last
 * 30 days (older ones were dealt with or are history), and those being retried after a failed try.
 */
@Component
class DeliveriesWaiting implements WaitingWork {

    static final Duration RECENT = Duration.ofDays(30);
    static final String DASHBOARD = "echanges/tableau-de-bord";

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    DeliveriesWaiting(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<WaitingItem> waiting() {
        if (!currentUser.worksAs(Role.DIRECTOR)) return List.of();
        long[] counts = jdbc.queryForObject("""
                        select coalesce(sum(status in ('REJECTED', 'UNAUTHORIZED', 'FAILED') and finished_at >= ?), 0),
                               coalesce(sum(status in ('PENDING', 'SENDING') and attempts > 0), 0)
                        from peer_delivery where establishment_id = ?""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                Timestamp.from(clock.instant().minus(RECENT)), currentUser.establishmentId());
        List<WaitingItem> items = new ArrayList<>();
        if (counts[0] > 0) items.add(WaitingItem.of(Severity.PROBLEM, "home.deliveries.failed", counts[0], DASHBOARD, counts[0]));
        if (counts[1] > 0) items.add(WaitingItem.of(Severity.TO_DO, "home.deliveries.retrying", counts[1], DASHBOARD, counts[1]));
        return items;
    }
}
