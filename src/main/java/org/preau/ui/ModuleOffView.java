package org.preau.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.preau.establishment.PreauModule;

import java.util.Arrays;

/** Shown instead of a page whose module is switched off for the establishment. */
@Route("module-desactive")
@PermitAll
public class ModuleOffView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    public ModuleOffView() {
        addClassName("module-off-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String moduleName) {
        removeAll();
        String module = Arrays.stream(PreauModule.values()).filter(m -> m.name().equals(moduleName)).findFirst()
                .map(m -> getTranslation(m.translationKey())).orElse(getTranslation("module.unknown"));
        H2 title = new H2(getTranslation("moduleOff.title"));
        Paragraph message = new Paragraph(getTranslation("module.disabled", module));
        message.setId("module-off-message");
        add(title, message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moduleOff.title");
    }
}
