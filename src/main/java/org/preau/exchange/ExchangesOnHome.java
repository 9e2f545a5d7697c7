package org.preau.exchange;

import org.preau.base.KeyCount;
import org.preau.base.KeyCounts;
import org.preau.base.RecentExchange;
import org.preau.base.RecentExchanges;
import org.preau.establishment.SchoolYearService;
import org.preau.security.CurrentUser;
import org.preau.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;

/** The home page's last exchanges and the year's count of exchanges, for those who read the history (secretary, director). */
@Component
class ExchangesOnHome implements RecentExchanges, KeyCounts {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final SchoolYearService years;

    ExchangesOnHome(JdbcTemplate jdbc, CurrentUser currentUser, SchoolYearService years) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.years = years;
    }

    private boolean readsHistory() {
        return (currentUser.hasRole(Role.SECRETARY) || currentUser.hasRole(Role.DIRECTOR))
                && currentUser.require().currentEstablishmentId().isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RecentExchange> last(int limit) {
        if (!readsHistory()) return List.of();
        return jdbc.query("""
                        select id, kind, status, started_at, coalesce(nullif(started_by_name, ''), started_by)
                        from exchange where establishment_id = ? order by started_at desc, id desc limit ?""",
                (rs, i) -> {
                    ExchangeKind kind = ExchangeKind.valueOf(rs.getString(2));
                    ExchangeStatus status = ExchangeStatus.valueOf(rs.getString(3));
                    return new RecentExchange(rs.getTimestamp(4).toInstant(), kind.translationKey(), status.translationKey(),
                            status.name().toLowerCase(Locale.ROOT), rs.getString(5), "echanges/historique?echange=" + rs.getLong(1));
                },
                currentUser.establishmentId(), Math.max(1, Math.min(limit, 50)));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<KeyCount> keyCounts() {
        if (!readsHistory()) return List.of();
        return years.current().map(year -> {
            Long n = jdbc.queryForObject("select count(*) from exchange where establishment_id = ? and school_year_id = ?", Long.class,
                    currentUser.establishmentId(), year.id());
            return List.of(new KeyCount("home.count.exchanges", n == null ? 0 : n, "echanges/historique"));
        }).orElse(List.of());
    }
}
