package org.preau.segec.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Printing the forms with nobody chosen: the links are off and a line says what to do first. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class SegecPrintButtonsTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("directeur.be")
    void the_print_links_wait_for_a_chosen_teacher_and_say_so() {
        SegecFormsView view = navigate(SegecFormsView.class);
        assertThat(view.printAll.isEnabled()).isFalse();
        assertThat(view.printEach.isEnabled()).isFalse();
        assertThat(view.printHint.isVisible()).isTrue();
        assertThat(view.printHint.getText()).startsWith("Cochez d'abord");

        view.grid.select(test(view.grid).getRow(0));
        assertThat(view.printAll.isEnabled()).isTrue();
        assertThat(view.printEach.isEnabled()).isTrue();
        assertThat(view.printHint.isVisible()).isFalse();
    }
}
