package org.preau.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a temporary password once: it is not stored readable anywhere, so closing this is the end of it. */
final class TemporaryPasswordDialog {

    private TemporaryPasswordDialog() {
    }

    static void show(String displayName, String username, String password) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("accounts.temporary.title", displayName));
        Span shown = new Span(password);
        shown.setId("temporary-password");
        shown.addClassName("temporary-password");
        dialog.add(new Paragraph(dialog.getTranslation("accounts.temporary.intro", username)), shown,
                new Paragraph(dialog.getTranslation("accounts.temporary.after")));
        Button close = new Button(dialog.getTranslation("accounts.temporary.close"), e -> dialog.close());
        close.setId("temporary-password-close");
        close.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(close);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }
}
