package org.preau.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.preau.inspection.DiplomaGrant;
import org.preau.inspection.InspectorAccess;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Names a referent by e-mail: an inspector who never signed in (under Keycloak, or before their account exists). */
final class ReferentByEmail extends VerticalLayout {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final Button add = new Button();

    ReferentByEmail(InspectorAccess access, Supplier<DiplomaGrant> diploma, Consumer<Runnable> run) {
        setPadding(false);
        setSpacing(false);
        name.setId("referent-email-name");
        name.setLabel(getTranslation("inspection.referent.byEmail.name"));
        name.setMaxLength(200);
        email.setId("referent-email");
        email.setLabel(getTranslation("inspection.referent.byEmail.email"));
        email.setMaxLength(254);
        add.setText(getTranslation("inspection.referent.byEmail.add"));
        add.setId("add-referent-email");
        add.addClickListener(e -> {
            if (diploma.get() == null) {
                email.setErrorMessage(getTranslation("inspection.referent.byEmail.noDiploma"));
                email.setInvalid(true);
                return;
            }
            email.setInvalid(false);
            run.accept(() -> {
                access.addReferentByEmail(diploma.get().id(), name.getValue(), email.getValue());
                name.clear();
                email.clear();
            });
        });
        HorizontalLayout line = new HorizontalLayout(name, email, add);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        Paragraph help = new Paragraph(getTranslation("inspection.referent.byEmail.help"));
        help.addClassName("note");
        add(help, line);
    }
}
