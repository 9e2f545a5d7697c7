package org.preau.pupil.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.preau.learner.LearnerDetails;
import org.preau.learner.LearnerPageSection;
import org.preau.pupil.BelgianPupils;
import org.preau.pupil.Niss;
import org.preau.pupil.PupilRecord;
import org.preau.security.CurrentUser;
import org.preau.security.Role;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The Belgian pupil's record on the learner page: NISS, birth place, nationality, implantation,
 * level, class, dates, reason for leaving, CEB. Secretaries and directors change it.
 */
@org.springframework.stereotype.Component
class PupilSection implements LearnerPageSection {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final BelgianPupils pupils;
    private final CurrentUser currentUser;

    PupilSection(BelgianPupils pupils, CurrentUser currentUser) {
        this.pupils = pupils;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String titleKey() {
        return "pupil.section.title";
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> render(LearnerDetails learner) {
        if (!pupils.offered() || currentUser.hasRole(Role.INSPECTOR)) return Optional.empty();
        Optional<PupilRecord> found = pupils.get(learner.id());
        if (found.isEmpty()) return Optional.empty();
        PupilRecord r = found.get();
        Div box = new Div();
        box.setId("pupil-record");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        field(form, "pupil-niss-value", "pupil.field.niss", r.niss() == null ? box.getTranslation("pupil.niss.none") : Niss.formatted(r.niss()));
        field(form, "pupil-numero", "pupil.field.numero", r.numero());
        field(form, "pupil-lieu", "pupil.field.lieu", r.lieuNaissance());
        field(form, "pupil-nationalite", "pupil.field.nationalite", r.nationalite());
        field(form, "pupil-implantation", "pupil.field.implantation", r.implantation() == null ? null
                : r.implantation().fase() == null ? r.implantation().name()
                : box.getTranslation("pupil.implantation.withFase", r.implantation().name(), r.implantation().fase()));
        field(form, "pupil-level", "pupil.field.niveau", r.level() == null ? null : box.getTranslation(r.level().translationKey()));
        field(form, "pupil-classe", "pupil.field.classe", r.classe());
        field(form, "pupil-entree", "pupil.field.entree", r.entree() == null ? null : DATE.format(r.entree()));
        field(form, "pupil-sortie", "pupil.field.sortie", r.sortie() == null ? null : DATE.format(r.sortie()));
        field(form, "pupil-motif", "pupil.field.motif", r.motif() == null ? null : box.getTranslation(r.motif().translationKey()));
        if (r.level() == org.preau.pupil.SchoolLevel.P6) {
            field(form, "pupil-ceb", "pupil.field.ceb", r.ceb() == null ? box.getTranslation("pupil.ceb.unknown") : box.getTranslation(r.ceb().translationKey()));
        }
        box.add(form);
        if (currentUser.hasRole(Role.SECRETARY) || currentUser.hasRole(Role.DIRECTOR)) {
            Button edit = new Button(box.getTranslation("pupil.edit"));
            edit.setId("pupil-edit");
            edit.addClickListener(e -> new PupilDialog(pupils, r.learnerId(), r, id -> UI.getCurrent().getPage().reload()).open());
            box.add(edit);
        }
        return Optional.of(box);
    }

    private static void field(FormLayout form, String id, String labelKey, String value) {
        TextField f = new TextField(form.getTranslation(labelKey));
        f.setValue(value == null ? "—" : value);
        f.setReadOnly(true);
        f.setId(id);
        form.add(f);
    }
}
