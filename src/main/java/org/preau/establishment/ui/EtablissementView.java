package org.preau.establishment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.base.ui.Sections;
import org.preau.base.ui.Notify;
import org.preau.establishment.EtablissementDetails;
import org.preau.establishment.EtablissementRules;
import org.preau.establishment.EtablissementService;
import org.preau.security.DisplayNames;
import org.preau.establishment.FieldViolation;
import org.preau.establishment.InvalidEtablissementException;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.Uai;
import org.preau.security.Roles;
import org.springframework.dao.OptimisticLockingFailureException;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Paramètres › Établissement: the establishment's identity, address and apprentice contacts. */
@Route("parametres/etablissement")
@Menu(order = 900, title = "nav.parametres.etablissement")
@RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR})
public class EtablissementView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    private final EtablissementService service;
    private EtablissementDetails details;
    private final SchoolSystem system;

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField uai = new TextField();
    final TextField fase = new TextField();
    final TextField phone = new TextField();
    final TextField addressLine = new TextField();
    final TextField postalCode = new TextField();
    final TextField city = new TextField();
    final TextArea dreetsContact = new TextArea();
    final TextArea mcpfaContact = new TextArea();
    final TextArea gretaCfaContact = new TextArea();
    final Button valider = new Button();
    final Paragraph lastUpdate = new Paragraph();
    private final DisplayNames names;
    final Binder<EtablissementDetails> binder = new Binder<>();
    private final Map<String, HasValue<?, ?>> fieldsByName;

    public EtablissementView(EtablissementService service, DisplayNames names) {
        this.service = service;
        this.names = names;
        this.details = service.current();
        this.system = details.getSchoolSystem();
        addClassName("etablissement-view");
        fieldsByName = Map.ofEntries(Map.entry("name", name), Map.entry("email", email), Map.entry("uai", uai),
                Map.entry("fase", fase), Map.entry("phone", phone), Map.entry("addressLine", addressLine),
                Map.entry("postalCode", postalCode), Map.entry("city", city), Map.entry("dreetsContact", dreetsContact),
                Map.entry("mcpfaContact", mcpfaContact), Map.entry("gretaCfaContact", gretaCfaContact));

        label();
        fieldsByName.forEach((id, field) -> ((Component) field).setId(id));
        bind();
        binder.readBean(details);
        showLastUpdate();

        valider.setText(getTranslation("action.valider"));
        valider.setId("valider");
        valider.addThemeVariants(ButtonVariant.PRIMARY);
        valider.addClickShortcut(Key.ENTER);
        valider.addClickListener(e -> save());

        Paragraph note = new Paragraph(getTranslation("etablissement.note"));
        note.addClassName("note");
        add(note,
                section("etablissement.section.identite", name, email, system == SchoolSystem.FR ? uai : fase, phone),
                section("etablissement.section.adresse", addressLine, postalCode, city));
        // the apprentice contacts (DREETS, MCPFA, GRETA/CFA) are French bodies
        if (system == SchoolSystem.FR) add(section("etablissement.section.apprentis", dreetsContact, mcpfaContact, gretaCfaContact));
        add(valider, lastUpdate);
    }

    private void label() {
        name.setLabel(getTranslation("etablissement.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(EtablissementRules.NAME_MAX);
        email.setLabel(getTranslation("etablissement.field.email"));
        email.setRequiredIndicatorVisible(true);
        // The field's own check in the browser comes first: without this text it turned red and said nothing.
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("etablissement.error.email.invalid")));
        uai.setLabel(getTranslation("etablissement.field.uai"));
        uai.setHelperText(getTranslation("etablissement.field.uai.help"));
        uai.setRequiredIndicatorVisible(true);
        uai.setMaxLength(8);
        fase.setLabel(getTranslation("etablissement.field.fase"));
        fase.setRequiredIndicatorVisible(true);
        fase.setMaxLength(6);
        phone.setLabel(getTranslation("etablissement.field.phone"));
        addressLine.setLabel(getTranslation("etablissement.field.addressLine"));
        postalCode.setLabel(getTranslation("etablissement.field.postalCode"));
        city.setLabel(getTranslation("etablissement.field.city"));
        dreetsContact.setLabel(getTranslation("etablissement.field.dreets"));
        dreetsContact.setHelperText(getTranslation("etablissement.field.contact.help"));
        mcpfaContact.setLabel(getTranslation("etablissement.field.mcpfa"));
        mcpfaContact.setHelperText(getTranslation("etablissement.field.contact.help"));
        gretaCfaContact.setLabel(getTranslation("etablissement.field.gretaCfa"));
        gretaCfaContact.setHelperText(getTranslation("etablissement.field.contact.help"));
        for (TextArea area : new TextArea[]{dreetsContact, mcpfaContact, gretaCfaContact}) {
            area.setMaxLength(EtablissementRules.CONTACT_MAX);
        }
    }

    private void bind() {
        binder.forField(name).withValidator(rule(EtablissementRules::name))
                .bind(EtablissementDetails::getName, EtablissementDetails::setName);
        binder.forField(email).withValidator(rule(EtablissementRules::email))
                .bind(EtablissementDetails::getEmail, EtablissementDetails::setEmail);
        if (system == SchoolSystem.FR) {
            binder.forField(uai).withValidator(rule(EtablissementRules::uai))
                    .bind(EtablissementDetails::getUai, (d, v) -> d.setUai(Uai.normalise(v)));
        } else {
            binder.forField(fase).withValidator(rule(EtablissementRules::fase))
                    .bind(EtablissementDetails::getFase, EtablissementDetails::setFase);
        }
        binder.forField(phone).withValidator(rule(EtablissementRules::phone))
                .bind(EtablissementDetails::getPhone, EtablissementDetails::setPhone);
        binder.forField(addressLine).withValidator(rule(v -> EtablissementRules.maxLength("addressLine", v, EtablissementRules.ADDRESS_MAX)))
                .bind(EtablissementDetails::getAddressLine, EtablissementDetails::setAddressLine);
        binder.forField(postalCode).withValidator(rule(v -> EtablissementRules.postalCode(system, v)))
                .bind(EtablissementDetails::getPostalCode, EtablissementDetails::setPostalCode);
        binder.forField(city).withValidator(rule(v -> EtablissementRules.maxLength("city", v, EtablissementRules.CITY_MAX)))
                .bind(EtablissementDetails::getCity, EtablissementDetails::setCity);
        binder.forField(dreetsContact).bind(EtablissementDetails::getDreetsContact, EtablissementDetails::setDreetsContact);
        binder.forField(mcpfaContact).bind(EtablissementDetails::getMcpfaContact, EtablissementDetails::setMcpfaContact);
        binder.forField(gretaCfaContact).bind(EtablissementDetails::getGretaCfaContact, EtablissementDetails::setGretaCfaContact);
    }

    /** Runs a rule of {@link EtablissementRules} as a binder validator, with its French message. */
    private Validator<String> rule(Function<String, Optional<FieldViolation>> rule) {
        return (value, context) -> rule.apply(value)
                .map(v -> ValidationResult.error(translate(v)))
                .orElse(ValidationResult.ok());
    }

    private String translate(FieldViolation violation) {
        return getTranslation(violation.messageKey(), violation.arguments().toArray());
    }

    private void save() {
        EtablissementDetails edited = new EtablissementDetails(details);
        if (!binder.writeBeanIfValid(edited)) {
            Notify.show(getTranslation("etablissement.save.invalid"), NotificationVariant.ERROR);
            return;
        }
        try {
            details = service.save(edited);
            binder.readBean(details);
            showLastUpdate();
            Notify.show(getTranslation("etablissement.save.ok"), NotificationVariant.SUCCESS);
        } catch (InvalidEtablissementException e) {
            for (FieldViolation violation : e.violations()) {
                HasValue<?, ?> field = fieldsByName.get(violation.field());
                if (field instanceof com.vaadin.flow.component.HasValidation validation) {
                    validation.setErrorMessage(translate(violation));
                    validation.setInvalid(true);
                }
            }
            Notify.show(getTranslation("etablissement.save.invalid"), NotificationVariant.ERROR);
        } catch (OptimisticLockingFailureException e) {
            Notify.show(getTranslation("etablissement.save.conflict"), NotificationVariant.ERROR);
        }
    }

    private void showLastUpdate() {
        if (details.getUpdatedAt() == null) {
            lastUpdate.setText("");
            return;
        }
        String when = WHEN.format(details.getUpdatedAt().atZone(system.zone()));
        // the author by the name people are shown by in Préau; the username stays what is recorded
        lastUpdate.setText(getTranslation("etablissement.lastUpdate", when, names.of(details.getUpdatedBy())));
    }

    private Component section(String titleKey, Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return Sections.titled(getTranslation(titleKey), form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("etablissement.title");
    }
}
