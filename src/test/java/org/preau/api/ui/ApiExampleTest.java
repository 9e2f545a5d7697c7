package org.preau.api.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Pre;
import org.junit.jupiter.api.Test;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.DIRECTEUR;

/** The API page's example can be pasted as is: it names the school's year en cours. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class ApiExampleTest extends SpringBrowserlessTest {

    @Autowired
    SchoolYearService years;

    @Test
    @WithUserDetails(DIRECTEUR)
    void the_curl_example_uses_the_year_en_cours() {
        int enCours = years.list().stream().filter(y -> y.state() == SchoolYearState.EN_COURS)
                .mapToInt(SchoolYearView::startYear).findFirst().orElseThrow();
        navigate(ApiTokensView.class);
        String example = find(Pre.class).withId("api-curl").single().getText();
        assertThat(example).contains("annee=" + enCours + "&confirm=false").doesNotContain("{0}");
    }
}
