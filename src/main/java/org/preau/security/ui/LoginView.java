package org.preau.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The French sign-in page for local accounts. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(frenchI18n());

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-app-name");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        Div card = new Div(title, tagline, login);
        card.addClassName("login-card");
        // The accessibility statement is for people who cannot sign in too.
        Anchor statement = new Anchor("declaration-accessibilite", getTranslation("accessibility.link"));
        statement.setId("accessibility-link");
        Footer footer = new Footer(statement);
        footer.addClassName("login-footer");
        add(card, footer);
    }

    private LoginI18n frenchI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.form.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        // hidden, but still in the page: French like the rest
        form.setForgotPassword(getTranslation("component.login.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            login.setError(true);
        }
        // Too many failures: say how long to wait, the same for every name (the lock reveals no account).
        var wait = parameters.getOrDefault("attendre", java.util.List.of()).stream().findFirst()
                .filter(m -> m.matches("[0-9]{1,3}")).map(Integer::valueOf);
        if (wait.isPresent()) {
            LoginI18n i18n = frenchI18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation(wait.get() == 1 ? "login.throttled.oneMinute" : "login.throttled.minutes", wait.get()));
            login.setI18n(i18n);
            login.setError(true);
        }
        keepUsername(parameters.containsKey("error") || wait.isPresent());
    }

    /**
     * A wrong password sends the browser back here without what was typed: the username is kept in
     * the tab's session storage (never the password) and put back after a refusal, so that only the
     * password is typed again.
     */
    private void keepUsername(boolean refused) {
        login.getElement().executeJs("""
                const form = this;
                const key = 'preau.login.username';
                form.addEventListener('login', e => sessionStorage.setItem(key, e.detail.username || ''));
                if (!$0) return;
                const kept = sessionStorage.getItem(key);
                if (!kept) return;
                requestAnimationFrame(() => {
                    const username = form.querySelector('vaadin-text-field[name="username"]');
                    const password = form.querySelector('vaadin-password-field[name="password"]');
                    if (username) username.value = kept;
                    if (password) password.focus();
                });""", refused);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page.title");
    }
}
