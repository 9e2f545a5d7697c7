package org.preau.exchange;

import org.junit.jupiter.api.Test;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/** The history's filters by kind, status and school year, always within the current establishment. */
@PreauIntegrationTest
class ExchangeSearchTest {

    @Autowired
    ExchangeLog log;
    @Autowired
    EtablissementProvisioning provisioning;
    @Autowired
    CurrentUser currentUser;

    private long record(ExchangeKind kind, ExchangeStatus status, Long yearId) {
        return log.record(new ExchangeRecord(kind, ExchangeDirection.IN, yearId, status, "r", Map.of(), List.of(), null, null));
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void the_history_is_filtered_by_status_and_year_and_counted() {
        SchoolYearView year = provisioning.ensureSchoolYear(currentUser.establishmentId(), 2019, SchoolYearState.CLOTUREE);
        long failure = record(ExchangeKind.STS_WEB, ExchangeStatus.FAILURE, year.id());
        long success = record(ExchangeKind.STS_WEB, ExchangeStatus.SUCCESS, year.id());
        long otherYear = record(ExchangeKind.STS_WEB, ExchangeStatus.FAILURE, null);

        List<ExchangeSummary> failures = log.search(new ExchangeFilter(ExchangeKind.STS_WEB, ExchangeStatus.FAILURE, year.id()), 0, 500);

        assertThat(failures).extracting(ExchangeSummary::id).contains(failure).doesNotContain(success, otherYear);
        assertThat(failures).allSatisfy(e -> assertThat(e.schoolYearId()).isEqualTo(year.id()));
        assertThat(log.count(new ExchangeFilter(ExchangeKind.STS_WEB, ExchangeStatus.FAILURE, year.id()))).isEqualTo(failures.size());
        assertThat(log.search(ExchangeFilter.ALL, 0, 1)).extracting(ExchangeSummary::id).containsExactly(otherYear);
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void pages_follow_each_other_newest_first_each_full_and_no_row_twice() {
        for (int i = 0; i < 5; i++) record(ExchangeKind.NOMENCLATURE, ExchangeStatus.PARTIAL, null);
        ExchangeFilter filter = new ExchangeFilter(ExchangeKind.NOMENCLATURE, ExchangeStatus.PARTIAL, null);

        List<ExchangeSummary> all = log.search(filter, 0, 500);
        List<ExchangeSummary> first = log.search(filter, 0, 2);
        List<ExchangeSummary> second = log.search(filter, 2, 2);

        assertThat(all).hasSize(log.count(filter)).isSortedAccordingTo(java.util.Comparator.comparing(ExchangeSummary::startedAt)
                .thenComparing(ExchangeSummary::id).reversed());
        assertThat(first).hasSize(2);
        assertThat(java.util.stream.Stream.concat(first.stream(), second.stream()).map(ExchangeSummary::id).toList())
                .isEqualTo(all.subList(0, 4).stream().map(ExchangeSummary::id).toList());
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void another_establishments_exchanges_are_never_found_whatever_the_filter() {
        long lycee = record(ExchangeKind.MIROIR, ExchangeStatus.SUCCESS, null);
        long ecole = currentUser.require().establishmentIds().stream().filter(e -> e != currentUser.establishmentId()).findFirst().orElseThrow();
        currentUser.switchEstablishment(ecole);

        assertThat(log.search(new ExchangeFilter(ExchangeKind.MIROIR, null, null), 0, 500)).extracting(ExchangeSummary::id).doesNotContain(lycee);
    }
}
