package org.preau.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An unknown address: a French "Page introuvable" (404) for a signed-in user and a stranger
 * alike, instead of the browser's own English error screen. Says nothing about what exists.
 * <p>
 * An error view gets no automatic layout, and this module cannot name the main layout (it would
 * be a cycle): a signed-in user is rerouted to {@link #SIGNED_IN_ROUTE}, the same page inside the
 * main layout that the {@code ui} module provides, so that the side menu stays at hand. The
 * address shown stays the unknown one.
 */
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    /** The route of the signed-in user's "Page introuvable", inside the main layout. */
    public static final String SIGNED_IN_ROUTE = "page-introuvable";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        if (signedIn() && event.getSource().getRegistry().getNavigationTarget(SIGNED_IN_ROUTE).isPresent()) {
            event.rerouteTo(SIGNED_IN_ROUTE);
            return HttpServletResponse.SC_NOT_FOUND;
        }
        addClassName("error-view");
        add(content(this));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The page's French text and its link home (id {@code not-found}), for this view and the one in the layout. */
    public static Div content(Component translator) {
        Div content = new Div();
        content.setId("not-found");
        content.add(new H2(translator.getTranslation("error.notFound.title")),
                new Paragraph(translator.getTranslation("error.notFound.message")),
                new Anchor("", translator.getTranslation("error.backHome")));
        return content;
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
