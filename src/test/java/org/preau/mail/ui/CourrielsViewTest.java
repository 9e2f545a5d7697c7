package org.preau.mail.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.DIRECTEUR;

/** The mail outbox page without a browser. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class CourrielsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(DIRECTEUR)
    void an_empty_outbox_says_which_mails_will_appear_there() {
        CourrielsView view = navigate(CourrielsView.class);

        assertThat(view.grid.getEmptyStateText()).startsWith("Aucun courriel : les courriels que Préau envoie");
    }
}
