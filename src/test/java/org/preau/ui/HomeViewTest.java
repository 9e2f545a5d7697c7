package org.preau.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/** The home page per role, without a browser: what each role is shown, in French, each line a link. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired CurrentUser currentUser;
    @Autowired SchoolYearService years;
    @Autowired EtablissementProvisioning provisioning;
    @Autowired LyceeLearners lycee;
    @Autowired JdbcTemplate jdbc;

    SchoolYearView y2041;

    @BeforeEach
    void aQuietYear() {
        y2041 = provisioning.ensureSchoolYear(lycee.lyceeId(), 2041, SchoolYearState.CLOTUREE);
        jdbc.update("delete from mail_message where establishment_id = ?", lycee.lyceeId());
    }

    @AfterEach
    void removeIt() {
        jdbc.update("delete from mail_message where establishment_id = ?", lycee.lyceeId());
        jdbc.update("delete from exchange where school_year_id = ?", y2041.id());
        jdbc.update("delete from school_year where id = ?", y2041.id());
    }

    private static Stream<Component> tree(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(HomeViewTest::tree));
    }

    private Optional<Section> section(HomeView view, String id) {
        return tree(view).filter(c -> c instanceof Section && c.getId().orElse("").equals(id)).map(Section.class::cast).findFirst();
    }

    private List<Anchor> links(HomeView view, String sectionId) {
        return section(view, sectionId).map(s -> tree(s).filter(Anchor.class::isInstance).map(Anchor.class::cast).toList()).orElse(List.of());
    }

    private static String text(Component c) {
        List<String> parts = new ArrayList<>();
        tree(c).filter(HasText.class::isInstance).forEach(t -> parts.add(((HasText) t).getText()));
        return String.join(" ", parts);
    }

    private void exchange(String kind, String status) {
        jdbc.update("insert into exchange (establishment_id, school_year_id, kind, direction, status, started_at, started_by, started_by_name) "
                + "values (?, ?, ?, 'IN', ?, now(6), 'secretaire', 'Claire Martin')", lycee.lyceeId(), y2041.id(), kind, status);
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void the_director_sees_an_unsent_mail_as_a_line_with_its_count_leading_to_the_sent_mails_then_the_exchanges_and_counts() {
        currentUser.switchEstablishment(lycee.lyceeId());
        jdbc.update("insert into mail_message (establishment_id, recipient, subject, body, status, attempts, created_at, created_by) "
                + "values (?, 'x@example.org', 'Sujet', 'Texte', 'FAILED', 5, now(6), 'test')", lycee.lyceeId());

        HomeView view = navigate(HomeView.class);

        Anchor mails = links(view, "home-waiting").stream().filter(a -> a.getHref().equals("parametres/courriels")).findFirst().orElseThrow();
        assertThat(text(mails)).contains("1").contains("courriel non parti");
        assertThat(links(view, "home-waiting")).allSatisfy(a -> assertThat(text(a)).doesNotContain("!home.").isNotBlank());
        assertThat(section(view, "home-recent")).isPresent();
        assertThat(links(view, "home-recent")).hasSizeLessThanOrEqualTo(5)
                .allSatisfy(a -> assertThat(a.getHref()).startsWith("echanges/historique?echange="));
        assertThat(links(view, "home-counts")).extracting(Anchor::getHref).contains("eleves/liste", "echanges/historique");
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_secretary_whose_year_has_its_imports_done_is_told_plainly_that_nothing_waits() {
        years.select(y2041.id());
        exchange("SIECLE_BEE", "SUCCESS");
        exchange("STS_WEB", "SUCCESS");

        HomeView view = navigate(HomeView.class);

        assertThat(links(view, "home-waiting")).isEmpty();
        assertThat(text(section(view, "home-waiting").orElseThrow())).contains("Rien ne vous attend pour l'instant");
        assertThat(text(section(view, "home-counts").orElseThrow())).contains("L'année 2041-2042 en chiffres", "2", "échanges");
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_secretary_with_a_refused_import_gets_a_link_to_it_in_the_history() {
        years.select(y2041.id());
        exchange("SIECLE_BEE", "FAILURE");

        HomeView view = navigate(HomeView.class);

        assertThat(links(view, "home-waiting")).extracting(a -> text(a)).anySatisfy(t -> assertThat(t)
                .contains("Import SIECLE (base élèves) : le dernier import a été refusé"));
        assertThat(links(view, "home-waiting")).extracting(Anchor::getHref).anySatisfy(h -> assertThat(h).startsWith("echanges/historique?echange="));
    }

    @Test
    @WithUserDetails(ENSEIGNANT)
    void a_teacher_is_shown_their_classes_or_why_there_are_none_and_no_exchanges() {
        HomeView view = navigate(HomeView.class);

        assertThat(links(view, "home-waiting")).isNotEmpty().allSatisfy(a -> assertThat(a.getHref()).startsWith("eleves/liste"));
        assertThat(section(view, "home-recent")).isEmpty();
        assertThat(section(view, "home-counts")).isEmpty();
    }

    @Test
    @WithUserDetails(INSPECTEUR)
    void an_inspector_is_shown_the_granted_diplomas_or_that_none_is_granted_and_no_exchanges() {
        HomeView view = navigate(HomeView.class);

        assertThat(links(view, "home-waiting")).isNotEmpty().allSatisfy(a -> assertThat(a.getHref()).isEqualTo("inspection"));
        assertThat(section(view, "home-recent")).isEmpty();
    }
}
