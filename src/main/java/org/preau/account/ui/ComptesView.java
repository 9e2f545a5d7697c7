package org.preau.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.account.AccountInvitations;
import org.preau.base.ui.Notify;
import org.preau.establishment.EtablissementClock;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.preau.security.AccountManagement;
import org.preau.security.ManagedAccount;
import org.preau.security.Roles;
import org.preau.security.SeenUser;
import org.preau.security.SignInThrottle;
import org.preau.staff.StaffListItem;
import org.springframework.core.env.Environment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Paramètres › Comptes. With local sign-in: the accounts of the establishment, one card each (a
 * phone shows them one under the other), with what the director can do to each; locked accounts
 * are unlocked here (this page absorbed *Comptes bloqués*). Under Keycloak: who signed in, and
 * the way to Keycloak's console, where accounts are made.
 */
@Route("parametres/comptes")
@Menu(order = 930, title = "nav.parametres.comptes")
@RolesAllowed(Roles.DIRECTOR)
public class ComptesView extends Main implements HasDynamicTitle {

    private final AccountManagement accounts;
    private final AccountInvitations invitations;
    private final SignInThrottle throttle;
    final AccountTexts texts;
    final Div list = new Div();
    final Paragraph empty = new Paragraph();
    private Map<Long, String> establishmentNames;

    public ComptesView(AccountManagement accounts, AccountInvitations invitations, SignInThrottle throttle,
                       EtablissementService establishments, EtablissementClock clock, Environment environment) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.throttle = throttle;
        this.texts = new AccountTexts(this, clock.zone());
        addClassName("comptes-view");
        establishmentNames = establishments.mine().stream().collect(Collectors.toMap(EtablissementSummary::id, EtablissementSummary::name));
        list.addClassName("account-list");
        list.setId("accounts");
        empty.setId("accounts-empty");
        if (accounts.localSignIn()) {
            add(new Paragraph(getTranslation("accounts.intro")));
            Button create = new Button(getTranslation("accounts.create"), VaadinIcon.PLUS.create(), e -> openForm(null));
            create.setId("account-create");
            create.addThemeVariants(ButtonVariant.PRIMARY);
            add(create, list, empty);
            refresh();
        } else {
            keycloak(environment);
        }
    }

    private void keycloak(Environment environment) {
        add(new Paragraph(getTranslation("accounts.keycloak.intro")));
        String issuer = environment.getProperty("spring.security.oauth2.client.provider.keycloak.issuer-uri", "");
        int realms = issuer.indexOf("/realms/");
        if (realms > 0) {
            String realm = issuer.substring(realms + "/realms/".length()).replaceAll("/.*", "");
            Anchor admin = new Anchor(issuer.substring(0, realms) + "/admin/" + realm + "/console/#/" + realm + "/users",
                    getTranslation("accounts.keycloak.admin"));
            admin.setTarget("_blank");
            admin.setId("keycloak-admin");
            Anchor own = new Anchor(issuer + "/account", getTranslation("accounts.keycloak.account"));
            own.setTarget("_blank");
            add(new Div(admin), new Div(own));
        }
        List<SeenUser> seen = accounts.seen();
        seen.forEach(user -> list.add(AccountCard.seen(user, texts, establishmentNames)));
        empty.setText(getTranslation("accounts.keycloak.empty"));
        empty.setVisible(seen.isEmpty());
        add(list, empty);
    }

    void refresh() {
        list.removeAll();
        List<ManagedAccount> all = accounts.list();
        Map<String, StaffListItem> staffByUsername = staffByUsername();
        for (ManagedAccount account : all) {
            list.add(new AccountCard(account, texts, establishmentNames, staffByUsername.get(account.username()), new AccountCard.Actions(
                    () -> openForm(account), () -> sendLink(account), () -> temporaryPassword(account),
                    () -> unlock(account), () -> setEnabled(account, !account.enabled()))));
        }
        empty.setText(getTranslation("accounts.empty"));
        empty.setVisible(all.isEmpty());
    }

    private Map<String, StaffListItem> staffByUsername() {
        return invitations.staffRecords().stream().filter(s -> s.username() != null)
                .collect(Collectors.toMap(StaffListItem::username, Function.identity(), (a, b) -> a));
    }

    void openForm(ManagedAccount account) {
        new AccountForm(invitations, account, establishmentNames, accounts.grantableEstablishments(), texts, this::refresh).open();
    }

    void sendLink(ManagedAccount account) {
        try {
            var link = invitations.sendLink(account.id());
            Notify.success(getTranslation("accounts.linkSent", link.displayName(), link.email()));
        } catch (org.preau.security.AccountException e) {
            Notify.error(e.getMessage());
        }
        refresh();
    }

    void temporaryPassword(ManagedAccount account) {
        try {
            TemporaryPasswordDialog.show(account.displayName(), account.username(), accounts.temporaryPassword(account.id()));
        } catch (org.preau.security.AccountException e) {
            Notify.error(e.getMessage());
        }
        refresh();
    }

    void unlock(ManagedAccount account) {
        throttle.unlock(account.username());
        Notify.success(getTranslation("lockedAccounts.unlocked", account.displayName()));
        refresh();
    }

    void setEnabled(ManagedAccount account, boolean enabled) {
        try {
            accounts.setEnabled(account.id(), enabled);
            Notify.success(getTranslation(enabled ? "accounts.enabled" : "accounts.disabled", account.displayName()));
        } catch (org.preau.security.AccountException e) {
            Notify.error(e.getMessage());
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.parametres.comptes");
    }
}
