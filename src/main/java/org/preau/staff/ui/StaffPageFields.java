package org.preau.staff.ui;

import com.vaadin.flow.component.textfield.EmailField;
import org.preau.establishment.SchoolSystem;
import org.preau.staff.StaffDetails;
import org.preau.staff.StaffDirectory;
import org.preau.staff.StaffRules;

import java.util.LinkedHashSet;
import java.util.Set;

/** The staff page's form: its fields' labels, choices, limits and help texts (in the school system's words), and their binding. */
final class StaffPageFields {

    private StaffPageFields() {
    }

    /** {@code current} are the person's functions now: an uncommon one stays choosable. */
    static void label(StaffPageView v, SchoolSystem system, String yearLabel, Set<String> current) {
        v.civilite.setLabel(v.getTranslation("staff.field.civilite"));
        v.civilite.setItems("M", "MME", "MLLE");
        v.civilite.setEmptySelectionAllowed(true);
        v.civilite.setItemLabelGenerator(c -> StaffTexts.civilite(v, c));
        v.nomUsage.setLabel(v.getTranslation("staff.field.nomUsage"));
        v.nomUsage.setRequiredIndicatorVisible(true);
        v.nomUsage.setMaxLength(StaffRules.NAME_MAX);
        v.nomPatronymique.setLabel(v.getTranslation("staff.field.nomPatronymique"));
        v.nomPatronymique.setMaxLength(StaffRules.NAME_MAX);
        v.prenom.setLabel(v.getTranslation("staff.field.prenom"));
        v.prenom.setRequiredIndicatorVisible(true);
        v.prenom.setMaxLength(StaffRules.NAME_MAX);
        v.dateNaissance.setLabel(v.getTranslation("staff.field.dateNaissance"));
        v.dateNaissance.setPlaceholder(v.getTranslation("staffPage.date.placeholder"));
        v.sexe.setLabel(v.getTranslation("staff.field.sexe"));
        v.sexe.setItems("M", "F");
        v.sexe.setEmptySelectionAllowed(true);
        v.sexe.setItemLabelGenerator(s -> StaffTexts.sexe(v, s));
        v.emailPro.setLabel(v.getTranslation("staff.field.emailPro"));
        v.emailPerso.setLabel(v.getTranslation("staff.field.emailPerso"));
        // The fields' own check in the browser comes first: without this text they turned red and said nothing.
        for (EmailField field : new EmailField[]{v.emailPro, v.emailPerso}) {
            field.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(v.getTranslation("staff.error.email.invalid")));
        }
        v.emailPerso.setHelperText(v.getTranslation(system == SchoolSystem.BE ? "staffPage.emailPerso.help.be" : "staffPage.emailPerso.help"));
        v.exitDate.setLabel(v.getTranslation("staff.field.exitDate"));
        v.exitDate.setPlaceholder(v.getTranslation("staffPage.date.placeholder"));
        v.presenceAdministrative.setLabel(v.getTranslation("staff.field.presenceAdministrative", yearLabel));
        v.presenceAdministrative.setTooltipText(v.getTranslation("staffPage.presenceAdministrative.help"));
        v.presencePhysique.setLabel(v.getTranslation("staff.field.presencePhysique", yearLabel));
        v.presencePhysique.setTooltipText(v.getTranslation("staffPage.presencePhysique.help"));
        v.fonctionPromotion.setLabel(v.getTranslation("staff.field.fonctionPromotion", yearLabel));
        v.fonctionPromotion.setTooltipText(v.getTranslation("staffPage.fonctionPromotion.help"));
        // A French record has no "fonction de promotion": its director comes from STS-WEB's DIR function.
        v.fonctionPromotion.setVisible(system == SchoolSystem.BE);
        v.schoolDomainWarning.setId("email-school-domain");
        v.schoolDomainWarning.addClassName("warning");
        v.emailPerso.addValueChangeListener(e -> v.warnSchoolDomain(e.getValue()));
        v.functions.setLabel(v.getTranslation("staffPage.functions", yearLabel));
        Set<String> codes = new LinkedHashSet<>(StaffDirectory.functionCodes());
        codes.addAll(current);
        v.functions.setItems(codes);
        v.functions.setItemLabelGenerator(code -> StaffTexts.function(v, code));
        v.username.setLabel(v.getTranslation("staff.field.username"));
    }

    static void bind(StaffPageView v) {
        v.binder.forField(v.civilite).bind(StaffDetails::getCivilite, StaffDetails::setCivilite);
        v.binder.forField(v.nomUsage).bind(StaffDetails::getNomUsage, StaffDetails::setNomUsage);
        v.binder.forField(v.nomPatronymique).bind(StaffDetails::getNomPatronymique, StaffDetails::setNomPatronymique);
        v.binder.forField(v.prenom).bind(StaffDetails::getPrenom, StaffDetails::setPrenom);
        v.binder.forField(v.dateNaissance).bind(StaffDetails::getDateNaissance, StaffDetails::setDateNaissance);
        v.binder.forField(v.sexe).bind(StaffDetails::getSexe, StaffDetails::setSexe);
        v.binder.forField(v.emailPro).bind(StaffDetails::getEmailPro, StaffDetails::setEmailPro);
        v.binder.forField(v.emailPerso).bind(StaffDetails::getEmailPerso, StaffDetails::setEmailPerso);
        v.binder.forField(v.exitDate).bind(StaffDetails::getExitDate, StaffDetails::setExitDate);
        v.binder.forField(v.presenceAdministrative).bind(StaffDetails::isPresenceAdministrative, StaffDetails::setPresenceAdministrative);
        v.binder.forField(v.presencePhysique).bind(StaffDetails::isPresencePhysique, StaffDetails::setPresencePhysique);
        v.binder.forField(v.fonctionPromotion).bind(StaffDetails::isFonctionPromotion, StaffDetails::setFonctionPromotion);
    }
}
