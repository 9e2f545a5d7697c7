package org.preau.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.preau.security.CurrentUser;
import org.preau.security.PreauPrincipal;
import org.springframework.stereotype.Component;

/** Someone signed in with a temporary password reaches no page but the change of password until they chose their own. */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    ForcedPasswordChange(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() == ChangePasswordView.class || enter.getNavigationTarget() == LoginView.class) return;
            if (currentUser.get().map(PreauPrincipal::mustChangePassword).orElse(false)) enter.rerouteTo(ChangePasswordView.class);
        }));
    }
}
