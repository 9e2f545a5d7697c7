package org.preau.establishment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.security.Roles;

import java.util.EnumMap;
import java.util.Map;

/**
 * Paramètres › Modules: the director switches each module offered to the establishment on or off.
 * A module switched off leaves the side menu, its pages refuse to open and its services refuse calls.
 */
@Route("parametres/modules")
@Menu(order = 920, title = "nav.parametres.modules")
@RolesAllowed(Roles.DIRECTOR)
public class ModulesView extends Main implements HasDynamicTitle {

    final Map<PreauModule, Checkbox> switches = new EnumMap<>(PreauModule.class);

    public ModulesView(ModuleSettings settings) {
        addClassName("modules-view");
        Paragraph note = new Paragraph(getTranslation("modules.note"));
        note.addClassName("note");
        add(note);
        settings.current().forEach((module, enabled) -> {
            Checkbox toggle = new Checkbox(getTranslation(module.translationKey()), enabled);
            toggle.setId("module-" + module.name());
            toggle.addValueChangeListener(e -> {
                if (!e.isFromClient()) return;
                settings.set(module, e.getValue());
                Notification n = Notification.show(getTranslation(e.getValue() ? "modules.switchedOn" : "modules.switchedOff",
                        getTranslation(module.translationKey())), 5000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.SUCCESS);
                // The side menu is built once per page: reload it so that the module's entries appear or go.
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            Paragraph what = new Paragraph(getTranslation(whatItDoes(module)));
            what.addClassName("note");
            Div row = new Div(toggle, what);
            row.addClassName("module-row");
            switches.put(module, toggle);
            add(row);
        });
    }

    /** The key of the sentence saying what a module does, such as {@code modules.what.MIROIR}. */
    private static String whatItDoes(PreauModule module) {
        return "modules.what." + module.name();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.parametres.modules");
    }
}
