package org.preau.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An unknown address: a French "Page introuvable" (404) for a signed-in user and a stranger
 * alike, instead of the browser's own English error screen. Says nothing about what exists.
 */
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        addClassName("error-view");
        setId("not-found");
        add(new H2(getTranslation("error.notFound.title")),
                new Paragraph(getTranslation("error.notFound.message")),
                new Anchor("", getTranslation("error.backHome")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
