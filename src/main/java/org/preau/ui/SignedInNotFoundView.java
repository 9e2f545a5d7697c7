package org.preau.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.preau.base.ui.NotFoundView;

/**
 * "Page introuvable" for a signed-in user, inside the main layout (its side menu, the establishment,
 * the user menu): {@link NotFoundView} reroutes here, keeping the unknown address in the browser.
 */
@Route(NotFoundView.SIGNED_IN_ROUTE)
@PermitAll
public class SignedInNotFoundView extends Div implements HasDynamicTitle {

    public SignedInNotFoundView() {
        addClassName("error-view");
        add(NotFoundView.content(this));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title");
    }
}
