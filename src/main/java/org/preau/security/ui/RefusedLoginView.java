package org.preau.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Shown when Keycloak signed the person in but Préau cannot let them in (no known establishment,
 * no Préau role), or when the sign-in failed. Says why in French and how to get access.
 */
@Route(value = RefusedLoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class RefusedLoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "connexion-refusee";
    public static final String REASON_PARAMETER = "motif";
    /** Session attribute: Keycloak's end-session URL for the refused person, when known. */
    public static final String LOGOUT_URL_ATTRIBUTE = RefusedLoginView.class.getName() + ".logoutUrl";

    final H2 title = new H2();
    final Paragraph message = new Paragraph();
    final Anchor otherAccount = new Anchor();

    public RefusedLoginView() {
        setId("login-refused");
        addClassName("login-view");
        H1 appName = new H1(getTranslation("app.name"));
        appName.addClassName("login-app-name");
        title.setText(getTranslation("refused.title"));
        message.setId("login-refused-message");
        otherAccount.setId("login-other-account");
        otherAccount.setRouterIgnore(true);
        Div card = new Div(appName, title, message, new Paragraph(getTranslation("refused.help")), otherAccount);
        card.addClassNames("login-card", "refused-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reason = event.getLocation().getQueryParameters().getSingleParameter(REASON_PARAMETER).orElse("echec");
        message.setText(getTranslation(switch (reason) {
            case "etablissement" -> "refused.etablissement";
            case "role" -> "refused.role";
            default -> "refused.echec";
        }));
        String logoutUrl = takeLogoutUrl();
        if (logoutUrl != null) {
            otherAccount.setHref(logoutUrl);
            otherAccount.setText(getTranslation("refused.otherAccount"));
        } else {
            otherAccount.setHref("");
            otherAccount.setText(getTranslation("refused.retry"));
        }
    }

    /** The URL is used once: a refreshed page offers a new sign-in, which refuses again if nothing changed. */
    private static String takeLogoutUrl() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) return null;
        WrappedSession http = session.getSession();
        Object url = http.getAttribute(LOGOUT_URL_ATTRIBUTE);
        http.removeAttribute(LOGOUT_URL_ATTRIBUTE);
        return url instanceof String s ? s : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("refused.page.title");
    }
}
