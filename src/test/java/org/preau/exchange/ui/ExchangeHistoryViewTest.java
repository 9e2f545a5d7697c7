package org.preau.exchange.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.preau.base.ui.AccessDeniedView;
import org.preau.exchange.ExchangeDirection;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangePayload;
import org.preau.exchange.ExchangeRecord;
import org.preau.exchange.ExchangeStatus;
import org.preau.security.CurrentUser;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

/** The exchange history and dashboard without a browser. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class ExchangeHistoryViewTest extends SpringBrowserlessTest {

    @Autowired
    ExchangeLog log;
    @Autowired
    CurrentUser currentUser;

    private long record(ExchangeKind kind, ExchangeStatus status, String file) {
        return log.record(new ExchangeRecord(kind, ExchangeDirection.IN, null, status, "Résumé de " + file, Map.of("individus", 3),
                List.of(ExchangeMessage.warning("Avertissement", "ligne 4, élément SEXE")),
                new ExchangePayload(file, "application/xml", "<STS_EDT/>".getBytes(StandardCharsets.UTF_8)), null));
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_row_opens_its_messages_and_a_download_of_the_original_file() {
        long id = record(ExchangeKind.STS_WEB, ExchangeStatus.SUCCESS, "vue.xml");
        ExchangeHistoryView view = navigate(ExchangeHistoryView.class);

        view.openDetail(id);

        assertThat(view.detail.isOpened()).isTrue();
        Anchor download = (Anchor) view.detail.getChildren().flatMap(c -> c.getChildren()).filter(c -> c instanceof Anchor).findFirst().orElseThrow();
        assertThat(download.getHref()).isNotBlank();
        assertThat(download.getText()).contains("vue.xml");
        assertThat(download.getElement().getAttribute("download")).isEqualTo("vue.xml");
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_detail_names_the_counts_in_french_and_the_person_by_name() {
        long id = log.record(new ExchangeRecord(ExchangeKind.SIECLE_BEE, ExchangeDirection.IN, null, ExchangeStatus.SUCCESS, "Import",
                new java.util.LinkedHashMap<>(Map.of("eleves_in_file", 41, "written", 3)), List.of(), null, null));
        ExchangeHistoryView view = navigate(ExchangeHistoryView.class);

        view.openDetail(id);

        assertThat(view.grid.getEmptyStateText()).startsWith("Aucun échange ne correspond");
        String text = view.detail.getElement().getTextRecursively();
        assertThat(text).contains("Élèves dans le fichier : 41").contains("Lignes écrites : 3").contains("Claire Martin")
                .doesNotContain("eleves_in_file").doesNotContain("secretaire");
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void an_exchange_in_the_address_opens_its_detail() {
        long id = record(ExchangeKind.STS_WEB, ExchangeStatus.SUCCESS, "lien.xml");

        UI.getCurrent().navigate(ExchangeHistoryView.class, QueryParameters.of(ExchangeHistoryView.EXCHANGE_PARAMETER, String.valueOf(id)));

        ExchangeHistoryView view = (ExchangeHistoryView) getCurrentView();
        assertThat(view.detail.isOpened()).isTrue();
        assertThat(view.detail.getHeaderTitle()).startsWith("Import STS-WEB");
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_history_is_filtered_by_kind_and_status() {
        record(ExchangeKind.STS_WEB, ExchangeStatus.FAILURE, "refuse.xml");
        ExchangeHistoryView view = navigate(ExchangeHistoryView.class);

        view.kind.setValue(ExchangeKind.STS_WEB);
        view.status.setValue(ExchangeStatus.FAILURE);

        assertThat(test(view.grid).size()).isPositive();
        for (int i = 0; i < test(view.grid).size(); i++) {
            assertThat(test(view.grid).getRow(i).status()).isEqualTo(ExchangeStatus.FAILURE);
            assertThat(test(view.grid).getRow(i).kind()).isEqualTo(ExchangeKind.STS_WEB);
        }
        assertThat(log.count(view.filter())).isEqualTo(test(view.grid).size());
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void another_establishments_exchange_in_the_address_gives_the_access_denied_page() {
        long lyceeExchange = record(ExchangeKind.STS_WEB, ExchangeStatus.SUCCESS, "lycee.xml");
        long ecole = currentUser.require().establishmentIds().stream().filter(e -> e != currentUser.establishmentId()).findFirst().orElseThrow();
        currentUser.switchEstablishment(ecole);

        // the router of the browserless UI takes query parameters only this way
        UI.getCurrent().navigate(ExchangeHistoryView.class, QueryParameters.of(ExchangeHistoryView.EXCHANGE_PARAMETER, String.valueOf(lyceeExchange)));
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_dashboard_links_the_last_success_to_its_detail() {
        long id = record(ExchangeKind.STS_WEB, ExchangeStatus.SUCCESS, "tableau.xml");
        ExchangeDashboardView view = navigate(ExchangeDashboardView.class);

        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(4);
        var row = java.util.stream.IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i))
                .filter(r -> r.kind() == ExchangeKind.STS_WEB).findFirst().orElseThrow();
        assertThat(row.lastSuccess()).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo(id));
        assertThat(ExchangeHistoryView.linkTo(id)).isEqualTo("echanges/historique?echange=" + id);
    }

    @Test
    @WithUserDetails(ENSEIGNANT)
    void a_teacher_cannot_open_the_history() {
        assertThatThrownBy(() -> navigate(ExchangeHistoryView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
