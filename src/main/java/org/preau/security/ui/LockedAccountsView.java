package org.preau.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.security.LockedAccount;
import org.preau.security.Roles;
import org.preau.security.SignInThrottle;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Paramètres › Comptes bloqués: the director lets a colleague who mistyped their password too
 * often sign in again at once. A small place of its own until the accounts tab absorbs it.
 */
@Route("parametres/comptes-bloques")
@Menu(order = 935, title = "nav.parametres.comptesBloques")
@RolesAllowed(Roles.DIRECTOR)
public class LockedAccountsView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final SignInThrottle throttle;
    final Grid<LockedAccount> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    public LockedAccountsView(SignInThrottle throttle) {
        this.throttle = throttle;
        addClassName("locked-accounts-view");
        add(new Paragraph(getTranslation("lockedAccounts.intro")));
        grid.setId("locked-accounts");
        grid.setEmptyStateText(getTranslation("lockedAccounts.empty"));
        grid.addColumn(LockedAccount::displayName).setHeader(getTranslation("lockedAccounts.column.name")).setAutoWidth(true);
        grid.addColumn(LockedAccount::username).setHeader(getTranslation("lockedAccounts.column.username")).setAutoWidth(true);
        grid.addColumn(a -> WHEN.format(a.until())).setHeader(getTranslation("lockedAccounts.column.until")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Button unlock = new Button(getTranslation("lockedAccounts.unlock"), e -> unlock(a));
            unlock.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
            unlock.getElement().setAttribute("aria-label", getTranslation("lockedAccounts.unlock.aria", a.displayName()));
            return unlock;
        }).setFrozenToEnd(true).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("lockedAccounts.empty"));
        empty.setId("locked-accounts-empty");
        add(grid, empty);
        refresh();
    }

    void unlock(LockedAccount account) {
        throttle.unlock(account.username());
        refresh();
        Notification.show(getTranslation("lockedAccounts.unlocked", account.displayName()), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    void refresh() {
        var locked = throttle.locked();
        grid.setItems(locked);
        grid.setVisible(!locked.isEmpty());
        empty.setVisible(locked.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.parametres.comptesBloques");
    }
}
