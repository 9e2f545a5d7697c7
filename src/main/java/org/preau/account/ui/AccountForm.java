package org.preau.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.preau.account.AccountInvitations;
import org.preau.base.ui.Notify;
import org.preau.security.AccountDraft;
import org.preau.security.AccountException;
import org.preau.security.ManagedAccount;
import org.preau.security.Role;
import org.preau.staff.StaffListItem;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Creates an account (its link goes out by mail) or changes one: name, e-mail, roles, establishments, staff record. */
final class AccountForm extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final CheckboxGroup<Long> establishments = new CheckboxGroup<>();
    final ComboBox<StaffListItem> staff = new ComboBox<>();
    private final AccountInvitations invitations;
    private final ManagedAccount account;
    private final AccountTexts texts;
    private final Runnable saved;
    private final StaffListItem staffBefore;

    AccountForm(AccountInvitations invitations, ManagedAccount account, Map<Long, String> names,
                List<Long> grantable, AccountTexts texts, Runnable saved) {
        this.invitations = invitations;
        this.account = account;
        this.texts = texts;
        this.saved = saved;
        setHeaderTitle(texts.get(account == null ? "accounts.create" : "accounts.edit.title", account == null ? "" : account.displayName()));
        username.setId("account-username");
        username.setLabel(texts.get("accounts.field.username"));
        username.setHelperText(texts.get("accounts.field.username.help"));
        username.setMaxLength(50);
        displayName.setId("account-name");
        displayName.setLabel(texts.get("accounts.field.displayName"));
        displayName.setMaxLength(200);
        email.setId("account-email");
        email.setLabel(texts.get("accounts.field.email"));
        email.setHelperText(texts.get("accounts.field.email.help"));
        email.setMaxLength(254);
        roles.setId("account-roles");
        roles.setLabel(texts.get("accounts.field.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> texts.get(r.translationKey()));
        establishments.setId("account-establishments");
        establishments.setLabel(texts.get("accounts.field.establishments"));
        establishments.setItems(grantable);
        establishments.setItemLabelGenerator(id -> names.getOrDefault(id, "?"));
        staff.setId("account-staff");
        staff.setLabel(texts.get("accounts.field.staff"));
        staff.setHelperText(texts.get("accounts.field.staff.help"));
        staff.setClearButtonVisible(true);
        List<StaffListItem> records = invitations.staffRecords();
        staff.setItems(records);
        staff.setItemLabelGenerator(s -> s.nomUsage() + " " + s.prenom());
        if (account == null) {
            if (grantable.size() == 1) establishments.setValue(Set.copyOf(grantable));
            staffBefore = null;
        } else {
            username.setValue(account.username());
            username.setReadOnly(true);
            displayName.setValue(account.displayName());
            email.setValue(account.email() == null ? "" : account.email());
            roles.setValue(account.roles());
            establishments.setValue(account.establishmentIds().stream().filter(grantable::contains).collect(java.util.stream.Collectors.toSet()));
            staffBefore = records.stream().filter(s -> account.username().equals(s.username())).findFirst().orElse(null);
            staff.setValue(staffBefore);
        }
        FormLayout form = new FormLayout(username, displayName, email, roles, establishments, staff);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(roles, 2);
        form.setColspan(establishments, 2);
        form.setColspan(staff, 2);
        add(form);
        Button save = new Button(texts.get(account == null ? "accounts.form.create" : "accounts.form.save"), e -> save());
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(texts.get("accounts.form.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    void save() {
        for (HasValidation field : List.<HasValidation>of(username, displayName, email, roles, establishments)) field.setInvalid(false);
        AccountDraft draft = new AccountDraft(username.getValue(), displayName.getValue(), email.getValue(),
                roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()), Set.copyOf(establishments.getValue()));
        try {
            StaffListItem chosen = staff.getValue();
            Long staffId = chosen == null ? null : chosen.id();
            if (account == null) {
                ManagedAccount result = invitations.create(draft, staffId);
                Notify.success(texts.get("accounts.created", result.displayName(), result.email()));
            } else {
                boolean staffChanged = !Objects.equals(staffId, staffBefore == null ? null : staffBefore.id());
                ManagedAccount result = invitations.update(account.id(), account.version(), draft, staffChanged, staffId);
                Notify.success(texts.get("accounts.saved", result.displayName()));
            }
            close();
            saved.run();
        } catch (AccountException e) {
            HasValidation field = switch (e.field() == null ? "" : e.field()) {
                case "username" -> username;
                case "displayName" -> displayName;
                case "email" -> email;
                case "roles" -> roles;
                case "establishments" -> establishments;
                default -> null;
            };
            if (field == null) {
                Notify.error(e.getMessage());
                return;
            }
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        } catch (ObjectOptimisticLockingFailureException e) {
            Notify.error(texts.get("accounts.error.changedMeanwhile", account == null ? "" : account.displayName()));
        } catch (org.preau.account.StaffAlreadyLinkedException | org.preau.staff.InvalidStaffException e) {
            // the record is already another account's: nothing was saved
            staff.setErrorMessage(texts.get("accounts.staff.taken", staff.getValue() == null ? "" : staff.getValue().username()));
            staff.setInvalid(true);
        }
    }
}
