package org.preau.inspection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.preau.base.ui.Sections;
import org.preau.establishment.SchoolYearException;
import org.preau.learner.EnrolmentView;
import org.preau.learner.LearnerDetails;
import org.preau.learner.LearnerRecordService;
import org.preau.learner.LearnerRecordView;
import org.preau.learner.LearnerService;
import org.preau.learner.RecordKind;
import org.preau.security.Roles;

/**
 * A learner as the inspector reads it ({@code inspection/eleve/<id>}): identity, enrolment and
 * records, nothing to edit. The id is checked by the learner service against the grants: a learner
 * of another diploma, or of a diploma just revoked, shows the access-denied page.
 */
@Route("inspection/eleve")
@RolesAllowed(Roles.INSPECTOR)
public class InspectionLearnerView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final LearnerService learners;
    private final LearnerRecordService records;
    private LearnerDetails details;

    public InspectionLearnerView(LearnerService learners, LearnerRecordService records) {
        this.learners = learners;
        this.records = records;
        addClassName("inspection-learner-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long learnerId) {
        removeAll();
        try {
            details = learners.get(learnerId);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class, e.getMessage());
            return;
        } catch (SchoolYearException e) {
            add(new Paragraph(getTranslation(e.messageKey(), e.arguments())));
            return;
        }
        FormLayout identity = new FormLayout();
        identity.setId("inspection-learner-identity");
        identity.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        field(identity, "learner.field.nom", details.displayName());
        field(identity, "learner.field.prenoms", details.prenoms());
        field(identity, "learner.field.ine", details.ine());
        field(identity, "learner.field.dateNaissance", details.dateNaissance() == null ? null : InspectionView.DATE.format(details.dateNaissance()));
        details.enrolment().ifPresent(e -> enrolment(identity, e));
        add(new RouterLink(getTranslation("inspection.console.back"), InspectionView.class), Sections.titled(getTranslation("learner.section.identity"), identity));
        for (RecordKind kind : RecordKind.values()) add(records(kind));
    }

    private void enrolment(FormLayout form, EnrolmentView e) {
        field(form, "learner.field.year", e.schoolYearLabel());
        field(form, "learner.field.division", e.awaitingDivision() ? getTranslation("learners.receivedByTransfer") : e.division());
        field(form, "learner.field.diploma", e.diploma() == null ? e.codeMef() : e.diploma().label());
    }

    private Component records(RecordKind kind) {
        Grid<LearnerRecordView> grid = new Grid<>();
        grid.setId("records-" + kind.name());
        grid.setEmptyStateText(getTranslation("inspection.records.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> InspectionView.DATE.format(r.date())).setHeader(getTranslation("inspection.record.date")).setAutoWidth(true);
        grid.addColumn(LearnerRecordView::title).setHeader(getTranslation("inspection.record.title")).setFlexGrow(1);
        grid.addColumn(LearnerRecordView::content).setHeader(getTranslation("inspection.record.content")).setFlexGrow(2);
        grid.addColumn(LearnerRecordView::authorName).setHeader(getTranslation("inspection.record.author")).setAutoWidth(true);
        var list = records.list(details.id(), kind);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        if (list.isEmpty()) return Sections.titled(getTranslation(kind.translationKey() + ".plural"), new Span(getTranslation("inspection.record.none")));
        return Sections.titled(getTranslation(kind.translationKey() + ".plural"), grid);
    }

    private static TextField field(FormLayout form, String labelKey, String value) {
        TextField field = new TextField(form.getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        form.add(field);
        return field;
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("nav.inspection") : details.displayName() + " " + details.prenom();
    }
}
