package org.preau.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page that fails to open, for testing what the user sees then. Exists only in tests. */
@Route(value = "test/echec", autoLayout = false)
@AnonymousAllowed
public class FailingView extends Div {

    public FailingView() {
        throw new IllegalStateException("boom: a bug in a view");
    }
}
