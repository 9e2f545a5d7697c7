package org.preau.ui;

import org.preau.base.KeyCount;
import org.preau.base.KeyCounts;
import org.preau.base.RecentExchange;
import org.preau.base.RecentExchanges;
import org.preau.base.WaitingItem;
import org.preau.base.WaitingWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the home page shows, asked of every feature's {@link WaitingWork}, {@link KeyCounts} and
 * {@link RecentExchanges} bean for the signed-in user (each decides by role, establishment and
 * module switches). Kept apart from the view so that the benchmark measures exactly what a sign-in
 * costs. A feature that fails is logged and left out: the rest of the page still helps.
 */
@Component
public class HomeContent {

    static final int RECENT = 5;
    private static final Logger log = LoggerFactory.getLogger(HomeContent.class);

    /** The page's three parts: the waiting lines (problems first), the last exchanges, the year's counts. */
    public record Page(List<WaitingItem> waiting, List<RecentExchange> recent, List<KeyCount> counts) {
    }

    private final List<WaitingWork> waiting;
    private final List<KeyCounts> counts;
    private final List<RecentExchanges> recent;

    HomeContent(List<WaitingWork> waiting, List<KeyCounts> counts, List<RecentExchanges> recent) {
        this.waiting = waiting;
        this.counts = counts;
        this.recent = recent;
    }

    /** One read-only transaction for the whole page: one connection, one consistent view, no transaction per feature. */
    @Transactional(readOnly = true)
    public Page compute() {
        List<WaitingItem> items = new ArrayList<>();
        for (WaitingWork source : waiting) {
            try {
                items.addAll(source.waiting());
            } catch (RuntimeException e) {
                log.warn("The home page left out what {} has waiting", source.getClass().getSimpleName(), e);
            }
        }
        // a stable sort: within a severity, the features' own order
        items.sort(Comparator.comparing(WaitingItem::severity));
        List<RecentExchange> last = new ArrayList<>();
        for (RecentExchanges source : recent) {
            try {
                last.addAll(source.last(RECENT));
            } catch (RuntimeException e) {
                log.warn("The home page left out the last exchanges of {}", source.getClass().getSimpleName(), e);
            }
        }
        last.sort(Comparator.comparing(RecentExchange::startedAt).reversed());
        List<KeyCount> figures = new ArrayList<>();
        for (KeyCounts source : counts) {
            try {
                figures.addAll(source.keyCounts());
            } catch (RuntimeException e) {
                log.warn("The home page left out the counts of {}", source.getClass().getSimpleName(), e);
            }
        }
        return new Page(List.copyOf(items), List.copyOf(last.subList(0, Math.min(RECENT, last.size()))), List.copyOf(figures));
    }
}
