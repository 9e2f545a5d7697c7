package org.preau.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.RequiresModule;
import org.preau.security.CurrentUser;
import org.springframework.stereotype.Component;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * Keeps users out of the pages of a module that is off for their establishment: a view annotated
 * {@link RequiresModule} is replaced by {@link ModuleOffView} before it is built. Asked on every
 * navigation, so switching a module off takes effect at the next click.
 */
@Component
class ModuleGuard implements VaadinServiceInitListener {

    private final ModuleSettings modules;
    private final CurrentUser currentUser;

    ModuleGuard(ModuleSettings modules, CurrentUser currentUser) {
        this.modules = modules;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        RequiresModule required = event.getNavigationTarget().getAnnotation(RequiresModule.class);
        if (required == null || !enabledHere(required)) {
            if (required != null) event.rerouteTo(ModuleOffView.class, required.value().name());
        }
    }

    /** A menu entry (side menu or Paramètres tab) is offered only while its page's module is on. */
    boolean offers(MenuEntry entry) {
        RequiresModule required = entry.menuClass() == null ? null : entry.menuClass().getAnnotation(RequiresModule.class);
        return required == null || enabledHere(required);
    }

    /** Whether the module is on for the user's establishment; a user without one has no module. */
    boolean enabledHere(RequiresModule required) {
        if (currentUser.get().flatMap(p -> p.currentEstablishmentId()).isEmpty()) return false;
        return required.switchOnly() ? modules.isOffered(required.value()) : modules.isEnabled(required.value());
    }
}
