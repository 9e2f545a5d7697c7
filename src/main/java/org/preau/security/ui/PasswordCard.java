package org.preau.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.preau.security.PasswordPolicy;
import org.preau.security.WeakPasswordException;

/**
 * The card of the pages where someone chooses a password (one-time link, first director, after a
 * temporary password): the new password twice, the policy said before it is typed, refusals on the field.
 */
final class PasswordCard extends Div {

    final PasswordField password = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    private final Div body = new Div();

    PasswordCard(String title) {
        addClassNames("login-card", "password-card");
        H1 app = new H1(getTranslation("app.name"));
        app.addClassName("login-app-name");
        add(app, new H2(title), body);
        password.setId("new-password");
        password.setLabel(getTranslation("accounts.password.new"));
        password.setHelperText(getTranslation("accounts.password.policy", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setWidthFull();
        confirmation.setId("new-password-again");
        confirmation.setLabel(getTranslation("accounts.password.again"));
        confirmation.setMaxLength(PasswordPolicy.MAX_LENGTH);
        confirmation.setWidthFull();
    }

    void show(Component... components) {
        body.removeAll();
        body.add(components);
    }

    /** The password typed twice, or null after saying on the field what is wrong. */
    String checkedPassword() {
        password.setInvalid(false);
        confirmation.setInvalid(false);
        try {
            PasswordPolicy.check(password.getValue());
        } catch (WeakPasswordException e) {
            refuse(e);
            return null;
        }
        if (!password.getValue().equals(confirmation.getValue())) {
            confirmation.setErrorMessage(getTranslation("accounts.password.mismatch"));
            confirmation.setInvalid(true);
            return null;
        }
        return password.getValue();
    }

    void refuse(WeakPasswordException e) {
        password.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
        password.setInvalid(true);
    }

    Paragraph text(String key, Object... arguments) {
        return new Paragraph(getTranslation(key, arguments));
    }
}
