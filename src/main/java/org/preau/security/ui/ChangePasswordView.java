package org.preau.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.preau.security.CurrentUser;
import org.preau.security.LocalAccounts;
import org.preau.security.WeakPasswordException;

/** After a temporary password: the person chooses their own before any other page opens ({@link ForcedPasswordChange}). */
@Route(value = "mot-de-passe/changer", autoLayout = false)
@PermitAll
public class ChangePasswordView extends Main implements HasDynamicTitle {

    private final LocalAccounts accounts;
    final PasswordCard card;

    public ChangePasswordView(LocalAccounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        addClassName("login-view");
        card = new PasswordCard(getTranslation("accounts.changePassword.title"));
        Button save = new Button(getTranslation("accounts.setPassword.save"), e -> save());
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setWidthFull();
        card.show(card.text("accounts.changePassword.intro", currentUser.require().displayName()), card.password, card.confirmation, save);
        add(card);
    }

    private void save() {
        String password = card.checkedPassword();
        if (password == null) return;
        try {
            accounts.replaceTemporaryPassword(password);
            UI.getCurrent().navigate("");
        } catch (WeakPasswordException e) {
            card.refuse(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.changePassword.title") + " — " + getTranslation("app.name");
    }
}
