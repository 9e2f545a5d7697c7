package org.preau.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.preau.security.AccountException;
import org.preau.security.AccountSummary;
import org.preau.security.PasswordLinks;
import org.preau.security.WeakPasswordException;

import java.util.List;

/** The page of the one-time link sent by mail: the person chooses their password, then signs in. */
@Route(value = "mot-de-passe/nouveau", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordLinks links;
    final PasswordCard card;
    private String token;

    public SetPasswordView(PasswordLinks links) {
        this.links = links;
        addClassName("login-view");
        card = new PasswordCard(getTranslation("accounts.setPassword.title"));
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getParameters().getOrDefault("jeton", List.of()).stream().findFirst().orElse("");
        links.holder(token).ifPresentOrElse(this::form, this::unusable);
    }

    private void form(AccountSummary holder) {
        Button save = new Button(getTranslation("accounts.setPassword.save"), e -> save());
        save.setId("set-password");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setWidthFull();
        card.show(card.text("accounts.setPassword.intro", holder.displayName(), holder.username()), card.password, card.confirmation, save);
    }

    private void save() {
        String password = card.checkedPassword();
        if (password == null) return;
        try {
            String username = links.setPassword(token, password);
            Paragraph done = card.text("accounts.setPassword.done", username);
            done.setId("password-set");
            card.show(done, signIn());
        } catch (WeakPasswordException e) {
            card.refuse(e);
        } catch (AccountException e) {
            unusable();
        }
    }

    private void unusable() {
        Paragraph text = card.text("accounts.link.unusable");
        text.setId("link-unusable");
        card.show(text, signIn());
    }

    private Anchor signIn() {
        Anchor anchor = new Anchor("login", getTranslation("accounts.setPassword.signIn"));
        anchor.setId("go-sign-in");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.setPassword.title") + " — " + getTranslation("app.name");
    }
}
