package org.preau.exchange;

import org.junit.jupiter.api.Test;
import org.preau.security.CurrentUser;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

@PreauIntegrationTest
class ExchangeLogTest {

    @Autowired
    ExchangeLog log;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    TransactionTemplate transaction;

    private static ExchangeRecord failedImport(String fileName) {
        return new ExchangeRecord(ExchangeKind.SIECLE_BEE, ExchangeDirection.IN, null, ExchangeStatus.FAILURE,
                "Fichier refusé", Map.of("eleves", 0),
                List.of(ExchangeMessage.error("Date impossible : 31/02/2009", "ligne 12, élément DATE_NAISS")),
                new ExchangePayload(fileName, "application/xml", "<BEE_ELEVES>é</BEE_ELEVES>".getBytes(StandardCharsets.UTF_8)), null);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void an_exchange_keeps_its_file_messages_and_counts() {
        long id = log.record(failedImport("ElevesSansAdresses.xml"));

        ExchangeSummary summary = log.get(id);
        assertThat(summary.status()).isEqualTo(ExchangeStatus.FAILURE);
        assertThat(summary.startedBy()).isEqualTo(SECRETAIRE);
        assertThat(summary.counts()).containsEntry("eleves", 0);
        assertThat(log.messages(id)).singleElement().satisfies(m -> assertThat(m.location()).isEqualTo("ligne 12, élément DATE_NAISS"));
        assertThat(new String(log.payload(id).orElseThrow().content(), StandardCharsets.UTF_8)).isEqualTo("<BEE_ELEVES>é</BEE_ELEVES>");
        assertThat(log.history(null, 0, 50)).extracting(ExchangeSummary::id).contains(id);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_history_row_stays_when_the_caller_rolls_back() {
        long[] id = new long[1];
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            id[0] = log.record(failedImport("rolled-back.xml"));
            throw new IllegalStateException("import refused");
        })).hasMessage("import refused");

        assertThat(log.get(id[0]).payloadName()).isEqualTo("rolled-back.xml");
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_dashboard_shows_the_last_failure_per_kind() {
        long id = log.record(failedImport("dashboard.xml"));
        assertThat(log.dashboard()).filteredOn(r -> r.kind() == ExchangeKind.SIECLE_BEE).singleElement()
                .satisfies(r -> assertThat(r.lastFailure()).hasValueSatisfying(f -> assertThat(f.id()).isEqualTo(id)));
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void an_exchange_of_another_establishment_is_refused_by_id() {
        long lyceeExchange = log.record(failedImport("lycee.xml"));
        long ecole = currentUser.require().establishmentIds().stream().filter(e -> e != currentUser.establishmentId()).findFirst().orElseThrow();
        currentUser.switchEstablishment(ecole);

        assertThatThrownBy(() -> log.get(lyceeExchange)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.payload(lyceeExchange)).isInstanceOf(AccessDeniedException.class);
        assertThat(log.history(null, 0, 500)).extracting(ExchangeSummary::id).doesNotContain(lyceeExchange);
    }

    @Test
    @WithUserDetails(ENSEIGNANT)
    void a_teacher_cannot_read_the_history() {
        assertThatThrownBy(() -> log.history(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
