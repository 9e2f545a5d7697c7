package org.preau.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.FieldViolation;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.preau.security.Role;
import org.preau.security.Roles;
import org.preau.staff.InvalidStaffException;
import org.preau.staff.ServedStructure;
import org.preau.staff.StaffDetails;
import org.preau.staff.StaffDirectory;
import org.preau.staff.StaffPageSection;
import org.preau.staff.StaffRules;
import org.springframework.dao.OptimisticLockingFailureException;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The staff page: a person's identity, e-mails, the year's presences (and, in a Belgian school,
 * the fonction de promotion), exit date and functions in the year,
 * with what STS-WEB says they teach. Secretaries and directors edit it; a director links the
 * person's Préau account; a teacher reads their own page only. The id in the address is checked
 * by the service: another establishment's id gives the access-denied page.
 */
@Route("personnels/:id([0-9]{1,18})")
@RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR, Roles.TEACHER})
public class StaffPageView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final SchoolYearView year;
    private final SchoolSystem system;
    private final List<StaffPageSection> sections;
    private final EtablissementService establishments;
    private StaffDetails details;

    final Select<String> civilite = new Select<>();
    final TextField nomUsage = new TextField();
    final TextField nomPatronymique = new TextField();
    final TextField prenom = new TextField();
    final DatePicker dateNaissance = new DatePicker();
    final Select<String> sexe = new Select<>();
    final EmailField emailPro = new EmailField();
    final EmailField emailPerso = new EmailField();
    final DatePicker exitDate = new DatePicker();
    final Checkbox presenceAdministrative = new Checkbox();
    final Checkbox presencePhysique = new Checkbox();
    final Checkbox fonctionPromotion = new Checkbox();
    final Paragraph schoolDomainWarning = new Paragraph();
    final MultiSelectComboBox<String> functions = new MultiSelectComboBox<>();
    final TextField username = new TextField();
    final Button linkAccount = new Button();
    final Button valider = new Button();
    final Paragraph source = new Paragraph();
    final Paragraph disciplines = new Paragraph();
    final Paragraph served = new Paragraph();
    final Paragraph lastUpdate = new Paragraph();
    final Binder<StaffDetails> binder = new Binder<>();
    private Map<String, HasValue<?, ?>> fieldsByName;

    public StaffPageView(StaffDirectory staff, CurrentUser currentUser, SchoolYearService years, EtablissementService establishments,
                         List<StaffPageSection> sections) {
        this.staff = staff;
        this.sections = sections.stream().sorted(Comparator.comparingInt(StaffPageSection::order)).toList();
        this.currentUser = currentUser;
        this.establishments = establishments;
        this.year = years.requireCurrent();
        this.system = establishments.currentSummary().map(e -> e.schoolSystem()).orElse(SchoolSystem.FR);
        addClassName("staff-page-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElse("0"));
        try {
            details = staff.get(id, year.id());
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        removeAll();
        build();
    }

    private boolean canEdit() {
        return currentUser.hasRole(Role.SECRETARY) || currentUser.hasRole(Role.DIRECTOR);
    }

    private void build() {
        fieldsByName = Map.ofEntries(Map.entry("civilite", civilite), Map.entry("nomUsage", nomUsage),
                Map.entry("nomPatronymique", nomPatronymique), Map.entry("prenom", prenom), Map.entry("dateNaissance", dateNaissance),
                Map.entry("sexe", sexe), Map.entry("emailPro", emailPro), Map.entry("emailPerso", emailPerso),
                Map.entry("exitDate", exitDate), Map.entry("presenceAdministrative", presenceAdministrative),
                Map.entry("presencePhysique", presencePhysique), Map.entry("fonctionPromotion", fonctionPromotion),
                Map.entry("functions", functions),
                Map.entry("username", username));
        fieldsByName.forEach((id, field) -> ((Component) field).setId(id));
        label();
        bind();
        binder.readBean(details);
        functions.setValue(details.getFunctions());
        username.setValue(details.getUsername() == null ? "" : details.getUsername());
        warnSchoolDomain(details.getEmailPerso());
        showFacts();

        boolean editable = canEdit();
        binder.setReadOnly(!editable);
        functions.setReadOnly(!editable);
        username.setReadOnly(!currentUser.hasRole(Role.DIRECTOR));

        valider.setText(getTranslation("action.valider"));
        valider.setId("valider");
        valider.addThemeVariants(ButtonVariant.PRIMARY);
        valider.addClickListener(e -> save());
        valider.setVisible(editable);

        linkAccount.setText(getTranslation("staffPage.link"));
        linkAccount.setId("link-account");
        linkAccount.addClickListener(e -> link());
        linkAccount.setVisible(currentUser.hasRole(Role.DIRECTOR));
        HorizontalLayout account = new HorizontalLayout(username, linkAccount);
        account.setAlignItems(FlexComponent.Alignment.BASELINE);

        Paragraph note = new Paragraph(getTranslation(editable ? "staffPage.note" : "staffPage.note.readOnly"));
        note.addClassName("note");
        add(note,
                section("staffPage.section.identity", civilite, nomUsage, nomPatronymique, prenom, dateNaissance, sexe),
                section("staffPage.section.contact", emailPro, emailPerso, schoolDomainWarning),
                section("staffPage.section.situation", functions, exitDate, presenceAdministrative, presencePhysique, fonctionPromotion),
                new Section(new H3(getTranslation("staffPage.section.sts")), source, disciplines, served),
                new Section(new H3(getTranslation("staffPage.section.account")), account, new Paragraph(getTranslation("staffPage.account.help"))),
                valider, lastUpdate);
        // Other features' parts of the page (SeGEC account...), each deciding whether it shows.
        for (StaffPageSection s : sections) {
            s.render(details, year.id()).ifPresent(c -> add(new Section(new H3(getTranslation(s.titleKey())), c)));
        }
    }

    private void label() {
        civilite.setLabel(getTranslation("staff.field.civilite"));
        civilite.setItems("M", "MME", "MLLE");
        civilite.setEmptySelectionAllowed(true);
        civilite.setItemLabelGenerator(c -> StaffTexts.civilite(this, c));
        nomUsage.setLabel(getTranslation("staff.field.nomUsage"));
        nomUsage.setRequiredIndicatorVisible(true);
        nomUsage.setMaxLength(StaffRules.NAME_MAX);
        nomPatronymique.setLabel(getTranslation("staff.field.nomPatronymique"));
        nomPatronymique.setMaxLength(StaffRules.NAME_MAX);
        prenom.setLabel(getTranslation("staff.field.prenom"));
        prenom.setRequiredIndicatorVisible(true);
        prenom.setMaxLength(StaffRules.NAME_MAX);
        dateNaissance.setLabel(getTranslation("staff.field.dateNaissance"));
        dateNaissance.setPlaceholder(getTranslation("staffPage.date.placeholder"));
        sexe.setLabel(getTranslation("staff.field.sexe"));
        sexe.setItems("M", "F");
        sexe.setEmptySelectionAllowed(true);
        sexe.setItemLabelGenerator(s -> StaffTexts.sexe(this, s));
        emailPro.setLabel(getTranslation("staff.field.emailPro"));
        emailPerso.setLabel(getTranslation("staff.field.emailPerso"));
        emailPerso.setHelperText(getTranslation(system == SchoolSystem.BE ? "staffPage.emailPerso.help.be" : "staffPage.emailPerso.help"));
        exitDate.setLabel(getTranslation("staff.field.exitDate"));
        exitDate.setPlaceholder(getTranslation("staffPage.date.placeholder"));
        presenceAdministrative.setLabel(getTranslation("staff.field.presenceAdministrative", year.label()));
        presenceAdministrative.setTooltipText(getTranslation("staffPage.presenceAdministrative.help"));
        presencePhysique.setLabel(getTranslation("staff.field.presencePhysique", year.label()));
        presencePhysique.setTooltipText(getTranslation("staffPage.presencePhysique.help"));
        fonctionPromotion.setLabel(getTranslation("staff.field.fonctionPromotion", year.label()));
        fonctionPromotion.setTooltipText(getTranslation("staffPage.fonctionPromotion.help"));
        // A French record has no "fonction de promotion": its director comes from STS-WEB's DIR function.
        fonctionPromotion.setVisible(system == SchoolSystem.BE);
        schoolDomainWarning.setId("email-school-domain");
        schoolDomainWarning.addClassName("warning");
        emailPerso.addValueChangeListener(e -> warnSchoolDomain(e.getValue()));
        functions.setLabel(getTranslation("staffPage.functions", year.label()));
        Set<String> codes = new LinkedHashSet<>(StaffDirectory.functionCodes());
        codes.addAll(details.getFunctions());
        functions.setItems(codes);
        functions.setItemLabelGenerator(code -> StaffTexts.function(this, code));
        username.setLabel(getTranslation("staff.field.username"));
    }

    private void bind() {
        binder.forField(civilite).bind(StaffDetails::getCivilite, StaffDetails::setCivilite);
        binder.forField(nomUsage).bind(StaffDetails::getNomUsage, StaffDetails::setNomUsage);
        binder.forField(nomPatronymique).bind(StaffDetails::getNomPatronymique, StaffDetails::setNomPatronymique);
        binder.forField(prenom).bind(StaffDetails::getPrenom, StaffDetails::setPrenom);
        binder.forField(dateNaissance).bind(StaffDetails::getDateNaissance, StaffDetails::setDateNaissance);
        binder.forField(sexe).bind(StaffDetails::getSexe, StaffDetails::setSexe);
        binder.forField(emailPro).bind(StaffDetails::getEmailPro, StaffDetails::setEmailPro);
        binder.forField(emailPerso).bind(StaffDetails::getEmailPerso, StaffDetails::setEmailPerso);
        binder.forField(exitDate).bind(StaffDetails::getExitDate, StaffDetails::setExitDate);
        binder.forField(presenceAdministrative).bind(StaffDetails::isPresenceAdministrative, StaffDetails::setPresenceAdministrative);
        binder.forField(presencePhysique).bind(StaffDetails::isPresencePhysique, StaffDetails::setPresencePhysique);
        binder.forField(fonctionPromotion).bind(StaffDetails::isFonctionPromotion, StaffDetails::setFonctionPromotion);
    }

    /** A private e-mail on the school's own domain would be lost with a change of school: said at once, not refused. */
    private void warnSchoolDomain(String email) {
        String schoolEmail = canEdit() ? establishments.current().getEmail() : null;
        boolean same = StaffRules.onSchoolDomain(email, schoolEmail);
        schoolDomainWarning.setText(same ? getTranslation("staffPage.emailPerso.schoolDomain", schoolEmail.substring(schoolEmail.indexOf('@') + 1)) : "");
        schoolDomainWarning.setVisible(same);
    }

    private void showFacts() {
        source.setId("staff-source");
        source.setText(details.getExternalType() == null ? getTranslation("staffPage.source.manual")
                : StaffTexts.source(this, details.getExternalType(), details.getExternalId())
                + (details.getGrade() == null ? "" : " — " + details.getGrade()));
        disciplines.setId("staff-disciplines");
        disciplines.setText(getTranslation("staff.field.disciplines") + " : " + (details.getDisciplines().isEmpty() ? "—"
                : details.getDisciplines().stream().map(d -> d.code() + (d.label() == null ? "" : " " + d.label())
                + (d.hours() == null ? "" : " (" + d.hours().stripTrailingZeros().toPlainString() + " h)")).collect(Collectors.joining(", "))));
        served.setId("staff-served");
        List<ServedStructure> list = details.getServed();
        served.setText(getTranslation("staffPage.served", year.label()) + " " + (list.isEmpty() ? "—"
                : list.stream().map(s -> s.code() + (s.subjectCode().isEmpty() ? "" : " (" + s.subjectCode() + ")")).distinct().collect(Collectors.joining(", "))));
        lastUpdate.setText(details.getUpdatedAt() == null ? "" : getTranslation("etablissement.lastUpdate",
                WHEN.format(details.getUpdatedAt().atZone(system.zone())), details.getUpdatedBy()));
    }

    private void save() {
        StaffDetails edited = new StaffDetails(details);
        if (!binder.writeBeanIfValid(edited)) return;
        try {
            StaffDetails saved = staff.save(edited);
            if (!saved.getFunctions().equals(functions.getValue())) saved = staff.setFunctions(saved.getId(), year.id(), functions.getValue());
            details = saved;
            binder.readBean(details);
            showFacts();
            notify(getTranslation("staffPage.saved"), NotificationVariant.SUCCESS);
        } catch (InvalidStaffException e) {
            showViolations(e.violations());
        } catch (OptimisticLockingFailureException e) {
            notify(getTranslation("staffPage.conflict"), NotificationVariant.ERROR);
        }
    }

    private void link() {
        try {
            details = staff.linkAccount(details.getId(), year.id(), username.getValue());
            username.setInvalid(false);
            notify(getTranslation(details.getUsername() == null ? "staffPage.unlinked" : "staffPage.linked", details.getUsername()),
                    NotificationVariant.SUCCESS);
        } catch (InvalidStaffException e) {
            showViolations(e.violations());
        }
    }

    private void showViolations(List<FieldViolation> violations) {
        for (FieldViolation violation : violations) {
            if (fieldsByName.get(violation.field()) instanceof com.vaadin.flow.component.HasValidation field) {
                field.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments().toArray()));
                field.setInvalid(true);
            }
        }
        notify(getTranslation("etablissement.save.invalid"), NotificationVariant.ERROR);
    }

    private Component section(String titleKey, Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        Section section = new Section(new H3(getTranslation(titleKey)), form);
        section.addClassName("form-section");
        return section;
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("staffPage.title") : getTranslation("staffPage.titleOf", details.displayName());
    }
}
