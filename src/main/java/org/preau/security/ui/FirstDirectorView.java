package org.preau.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.preau.security.AccountDraft;
import org.preau.security.AccountException;
import org.preau.security.FirstDirector;
import org.preau.security.PasswordLinks;
import org.preau.security.WeakPasswordException;

import java.util.List;
import java.util.Set;

/** The set-up link of a fresh instance (printed in the log): whoever holds it creates the first director. */
@Route(value = "premier-directeur", autoLayout = false)
@AnonymousAllowed
public class FirstDirectorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordLinks links;
    private final FirstDirector firstDirector;
    final PasswordCard card;
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    private String token;

    public FirstDirectorView(PasswordLinks links, FirstDirector firstDirector) {
        this.links = links;
        this.firstDirector = firstDirector;
        addClassName("login-view");
        card = new PasswordCard(getTranslation("accounts.firstDirector.title"));
        username.setLabel(getTranslation("accounts.field.username"));
        username.setHelperText(getTranslation("accounts.field.username.help"));
        displayName.setLabel(getTranslation("accounts.field.displayName"));
        email.setLabel(getTranslation("accounts.field.email"));
        for (var field : List.of(username, displayName, email)) field.setWidthFull();
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getParameters().getOrDefault("jeton", List.of()).stream().findFirst().orElse("");
        if (!links.firstDirectorLinkUsable(token)) {
            unusable();
            return;
        }
        Button create = new Button(getTranslation("accounts.firstDirector.create"), e -> create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setWidthFull();
        card.show(card.text("accounts.firstDirector.intro"), username, displayName, email, card.password, card.confirmation, create);
    }

    private void create() {
        for (var field : List.of(username, displayName, email)) field.setInvalid(false);
        String password = card.checkedPassword();
        if (password == null) return;
        try {
            String created = firstDirector.createWithSetUpLink(token, new AccountDraft(username.getValue(), displayName.getValue(),
                    email.getValue(), Set.of(), Set.of()), password);
            card.show(card.text("accounts.firstDirector.done", created), signIn());
        } catch (WeakPasswordException e) {
            card.refuse(e);
        } catch (AccountException e) {
            var field = switch (e.field() == null ? "" : e.field()) {
                case "username" -> username;
                case "displayName" -> displayName;
                case "email" -> email;
                default -> null;
            };
            if (field == null) {
                unusable();
                return;
            }
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        }
    }

    private void unusable() {
        Paragraph text = card.text("accounts.link.unusable");
        card.show(text, signIn());
    }

    private Anchor signIn() {
        return new Anchor("login", getTranslation("accounts.setPassword.signIn"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.firstDirector.title") + " — " + getTranslation("app.name");
    }
}
