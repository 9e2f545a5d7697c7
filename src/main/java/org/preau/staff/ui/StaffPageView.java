package org.preau.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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
import org.preau.base.ui.Sections;
import org.preau.base.ui.Notify;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.FieldViolation;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.preau.security.DisplayNames;
import org.preau.security.Role;
import org.preau.security.Roles;
import org.preau.staff.InvalidStaffException;
import org.preau.staff.StaffDetails;
import org.preau.staff.StaffDirectory;
import org.preau.staff.SubjectCatalog;
import org.preau.staff.StaffPageSection;
import org.preau.staff.StaffRules;
import org.springframework.dao.OptimisticLockingFailureException;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
    final StaffServiceSection service = new StaffServiceSection();
    final Paragraph lastUpdate = new Paragraph();
    final Binder<StaffDetails> binder = new Binder<>();
    private Map<String, HasValue<?, ?>> fieldsByName;
    private final SubjectCatalog subjects;
    private final DisplayNames names;

    public StaffPageView(StaffDirectory staff, CurrentUser currentUser, SchoolYearService years, EtablissementService establishments,
                         List<StaffPageSection> sections, SubjectCatalog subjects, DisplayNames names) {
        this.staff = staff;
        this.names = names;
        this.subjects = subjects;
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
        StaffPageFields.label(this, system, year.label(), details.getFunctions());
        StaffPageFields.bind(this);
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
                service,
                new Section(new H3(getTranslation("staffPage.section.account")), account, new Paragraph(getTranslation("staffPage.account.help"))),
                valider, lastUpdate);
        // Other features' parts of the page (SeGEC account...), each deciding whether it shows.
        for (StaffPageSection s : sections) {
            s.render(details, year.id()).ifPresent(c -> add(new Section(new H3(getTranslation(s.titleKey())), c)));
        }
    }

    /** A private e-mail on the school's own domain would be lost with a change of school: said at once, not refused. */
    void warnSchoolDomain(String email) {
        String schoolEmail = canEdit() ? establishments.current().getEmail() : null;
        boolean same = StaffRules.onSchoolDomain(email, schoolEmail);
        schoolDomainWarning.setText(same ? getTranslation("staffPage.emailPerso.schoolDomain", schoolEmail.substring(schoolEmail.indexOf('@') + 1)) : "");
        schoolDomainWarning.setVisible(same);
    }

    private void showFacts() {
        service.show(details, year.label(), subjects.all());
        lastUpdate.setText(details.getUpdatedAt() == null ? "" : getTranslation("etablissement.lastUpdate",
                WHEN.format(details.getUpdatedAt().atZone(system.zone())), names.of(details.getUpdatedBy())));
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
            Notify.show(getTranslation("staffPage.saved"), NotificationVariant.SUCCESS);
        } catch (InvalidStaffException e) {
            showViolations(e.violations());
        } catch (OptimisticLockingFailureException e) {
            Notify.show(getTranslation("staffPage.conflict"), NotificationVariant.ERROR);
        }
    }

    private void link() {
        try {
            details = staff.linkAccount(details.getId(), year.id(), username.getValue());
            username.setInvalid(false);
            Notify.show(getTranslation(details.getUsername() == null ? "staffPage.unlinked" : "staffPage.linked", details.getUsername()),
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
        Notify.show(getTranslation("etablissement.save.invalid"), NotificationVariant.ERROR);
    }

    private Component section(String titleKey, Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        return Sections.titled(getTranslation(titleKey), form);
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("staffPage.title") : getTranslation("staffPage.titleOf", details.displayName());
    }
}
