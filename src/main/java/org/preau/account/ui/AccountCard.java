package org.preau.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.preau.security.AccountState;
import org.preau.security.ManagedAccount;
import org.preau.security.SeenUser;
import org.preau.staff.StaffListItem;

import java.util.Map;

/** One account on the accounts page: who, roles, where, state, last sign-in, and the director's actions. */
final class AccountCard extends Div {

    record Actions(Runnable edit, Runnable sendLink, Runnable temporaryPassword, Runnable unlock, Runnable toggleEnabled) {
    }

    AccountCard(ManagedAccount account, AccountTexts texts, Map<Long, String> establishments, StaffListItem staff, Actions actions) {
        addClassName("account-card");
        getElement().setAttribute("data-username", account.username());
        Span state = new Span(texts.get(account.state().translationKey()));
        state.getElement().getThemeList().add("badge " + switch (account.state()) {
            case ACTIVE -> "success";
            case DISABLED, LOCKED -> "error";
            default -> "contrast";
        });
        state.addClassName("account-state");
        H3 name = new H3(account.displayName());
        Div header = new Div(name, state);
        header.addClassName("account-card-header");
        add(header, line(account.username() + " · " + account.email()),
                line(texts.roles(account.roles()) + " — " + texts.establishments(account.establishmentIds(), establishments)),
                line(staff == null ? texts.get("accounts.staff.none") : texts.get("accounts.staff.linked", staff.prenom() + " " + staff.nomUsage())));
        // "never signed in" is the badge already
        if (account.lastSignInAt() != null) add(line(texts.lastSignIn(account.lastSignInAt())));
        Div buttons = new Div();
        buttons.addClassName("account-actions");
        buttons.add(button(texts.get("accounts.action.edit"), texts.get("accounts.action.edit.aria", account.displayName()), actions.edit()));
        if (account.enabled()) {
            buttons.add(button(texts.get("accounts.action.sendLink"), texts.get("accounts.action.sendLink.aria", account.displayName()), actions.sendLink()));
            buttons.add(button(texts.get("accounts.action.temporary"), texts.get("accounts.action.temporary.aria", account.displayName()),
                    actions.temporaryPassword()));
        }
        if (account.state() == AccountState.LOCKED) {
            Button unlock = button(texts.get("lockedAccounts.unlock"), texts.get("lockedAccounts.unlock.aria", account.displayName()), actions.unlock());
            unlock.addThemeVariants(ButtonVariant.PRIMARY);
            buttons.add(unlock);
        }
        Button toggle = button(texts.get(account.enabled() ? "accounts.action.disable" : "accounts.action.enable"),
                texts.get(account.enabled() ? "accounts.action.disable.aria" : "accounts.action.enable.aria", account.displayName()),
                actions.toggleEnabled());
        if (account.enabled()) toggle.addThemeVariants(ButtonVariant.ERROR);
        buttons.add(toggle);
        add(buttons);
    }

    private AccountCard() {
        addClassName("account-card");
    }

    /** A person seen through Keycloak: read only, accounts are managed in Keycloak. */
    static AccountCard seen(SeenUser user, AccountTexts texts, Map<Long, String> establishments) {
        AccountCard card = new AccountCard();
        card.getElement().setAttribute("data-username", user.username());
        Div header = new Div(new H3(user.displayName()));
        header.addClassName("account-card-header");
        card.add(header, line(user.username() + (user.email() == null ? "" : " · " + user.email())),
                line(texts.roles(user.roles()) + " — " + texts.establishments(user.establishmentIds(), establishments)),
                line(texts.lastSignIn(user.lastSignInAt())));
        return card;
    }

    private static Div line(String text) {
        Div line = new Div(text);
        line.addClassName("account-line");
        return line;
    }

    private static Button button(String text, String aria, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.SMALL);
        button.getElement().setAttribute("aria-label", aria);
        return button;
    }
}
