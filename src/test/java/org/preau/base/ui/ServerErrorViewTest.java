package org.preau.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preau.support.PreauIntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.SECRETAIRE;

@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
@ExtendWith(OutputCaptureExtension.class)
class ServerErrorViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_failing_page_shows_a_french_message_with_the_reference_that_is_in_the_log(CapturedOutput output) {
        navigate("test/echec", ServerErrorView.class);

        String message = find(Paragraph.class).first().getText();
        Matcher reference = Pattern.compile("référence au support : ([0-9A-F]{8})").matcher(message);
        assertThat(reference.find()).as(message).isTrue();
        assertThat(message).startsWith("Une erreur inattendue s'est produite.").doesNotContain("boom");
        assertThat(output.getOut()).contains("Unexpected error [" + reference.group(1) + "]").contains("boom: a bug in a view");
    }
}
