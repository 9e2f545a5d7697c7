package org.preau.segec.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.SchoolSystem;
import org.preau.security.CurrentUser;
import org.preau.segec.ExtranetTransfer;
import org.springframework.stereotype.Component;

/**
 * Opens the {@link ExtranetConsentDialog} on the first page a Belgian director reaches after
 * signing in, while the establishment never answered: once per sign-in (the session remembers it),
 * so a director who closes the browser without answering is asked again next time.
 */
@Component
class ExtranetConsentPrompt implements VaadinServiceInitListener {

    static final String ASKED = ExtranetConsentPrompt.class.getName() + ".asked";

    private final ExtranetTransfer transfer;
    private final CurrentUser currentUser;
    private final EtablissementService establishments;

    ExtranetConsentPrompt(ExtranetTransfer transfer, CurrentUser currentUser, EtablissementService establishments) {
        this.transfer = transfer;
        this.currentUser = currentUser;
        this.establishments = establishments;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(nav -> maybeAsk(init.getUI())));
    }

    void maybeAsk(UI ui) {
        VaadinSession session = ui.getSession();
        if (session == null || session.getAttribute(ASKED) != null || currentUser.get().isEmpty()) return;
        boolean belgian = establishments.currentSummary().map(e -> e.schoolSystem() == SchoolSystem.BE).orElse(false);
        if (!belgian || !transfer.shouldAsk()) return;
        session.setAttribute(ASKED, Boolean.TRUE);
        new ExtranetConsentDialog(transfer).open();
    }
}
