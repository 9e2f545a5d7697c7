package org.preau.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shown instead of a stack trace when opening a page fails. */
@AnonymousAllowed
public class ServerErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = ErrorReporting.newErrorId();
        log.error("Unexpected error [{}] while opening '{}'", id, event.getLocation().getPath(), parameter.getException());
        addClassName("error-view");
        add(new H2(getTranslation("error.page.title")),
                new Paragraph(getTranslation("error.unexpected", id)),
                new Anchor("", getTranslation("error.backHome")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
