package org.preau.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** A signed-in user opened a page that their role does not allow: say so in French, and log it. */
@AnonymousAllowed
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

    private static final Logger log = LoggerFactory.getLogger("org.preau.security.audit");

    /**
     * The pages this user may open, as the side menu lists them: the refusal page is shown without
     * the layout (an error view), and a user must not be stuck on it.
     */
    Nav elsewhere() {
        Nav nav = new Nav();
        nav.setId("access-denied-menu");
        nav.setAriaLabel(getTranslation("error.accessDenied.elsewhere"));
        UnorderedList links = new UnorderedList();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            links.add(new ListItem(new Anchor(entry.path(), getTranslation(entry.title()))));
        }
        nav.add(new Paragraph(getTranslation("error.accessDenied.elsewhere")), links);
        return nav;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String user = authentication == null ? "anonymous" : authentication.getName();
        log.warn("Access refused: user '{}' on page '{}'", user, event.getLocation().getPath());
        addClassName("error-view");
        setId("access-denied");
        add(new H2(getTranslation("error.accessDenied.title")),
                new Paragraph(getTranslation("error.accessDenied.message")),
                new Anchor("", getTranslation("error.backHome")),
                elsewhere());
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
