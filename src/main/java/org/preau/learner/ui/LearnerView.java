package org.preau.learner.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.preau.base.ui.Sections;
import org.preau.establishment.SchoolYearException;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.SchoolSystem;
import org.preau.learner.LearnerPageSection;
import org.preau.learner.EnrolmentView;
import org.preau.learner.LearnerDetails;
import org.preau.learner.LearnerRecordService;
import org.preau.learner.LearnerRecordView;
import org.preau.learner.LearnerService;

import org.preau.learner.RecordKind;
import org.preau.security.Roles;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.preau.base.ui.RowOpener;

/**
 * A learner's page ({@code eleves/<id>}): identity, INE, enrolment of the year (division, MEF,
 * diploma, status), earlier years, and the records by kind. The id is checked on the server: a
 * learner out of the user's reach shows the access-denied page.
 */
@Route("eleves")
@RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR, Roles.TEACHER})
public class LearnerView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final String ADD_KEY = "learner.record.add.";
    private static final String SEXE_KEY = "learner.sexe.";

    private final LearnerService learners;
    private final LearnerRecordService records;
    private LearnerDetails details;
    final Map<RecordKind, Grid<LearnerRecordView>> recordGrids = new EnumMap<>(RecordKind.class);
    final Map<RecordKind, Button> addButtons = new EnumMap<>(RecordKind.class);

    private final List<LearnerPageSection> sections;

    /** A Belgian school's pupil has a class, no INE, MEF or diploma (its record is a section of its own). */
    private final boolean french;

    public LearnerView(LearnerService learners, LearnerRecordService records,
                       List<LearnerPageSection> sections, EtablissementService establishments) {
        this.learners = learners;
        this.french = establishments.currentSummary().map(s -> s.schoolSystem() == SchoolSystem.FR).orElse(true);
        this.records = records;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(LearnerPageSection::order)).toList();
        addClassName("learner-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long learnerId) {
        try {
            details = learners.get(learnerId);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class, e.getMessage());
            return;
        } catch (SchoolYearException e) {
            add(new Paragraph(getTranslation(e.messageKey(), e.arguments())));
            return;
        }
        removeAll();
        add(new RouterLink(getTranslation("learner.back"), LearnerListView.class), identity(), enrolment());
        for (LearnerPageSection s : sections) {
            s.render(details).ifPresent(content -> add(Sections.titled(getTranslation(s.titleKey()), content)));
        }
        add(history(), recordTabs());
    }

    LearnerDetails details() {
        return details;
    }

    private Component identity() {
        FormLayout form = new FormLayout();
        form.setId("learner-identity");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        field(form, "learner.field.nom", details.nom());
        field(form, "learner.field.nomUsage", details.nomUsage());
        field(form, "learner.field.prenoms", details.prenoms());
        field(form, "learner.field.sexe", details.sexe() == null ? null : getTranslation(SEXE_KEY + details.sexe()));
        field(form, "learner.field.dateNaissance", details.dateNaissance() == null ? null : LearnerListView.DATE.format(details.dateNaissance()));
        if (french) field(form, "learner.field.ine", details.ine()).setId("learner-ine");
        return Sections.titled(getTranslation("learner.section.identity"), form);
    }

    private Component enrolment() {
        if (details.enrolment().isEmpty()) {
            return Sections.titled(getTranslation("learner.section.enrolment"), new Paragraph(getTranslation("learner.notEnrolled")));
        }
        EnrolmentView e = details.enrolment().get();
        FormLayout form = new FormLayout();
        form.setId("learner-enrolment");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        field(form, "learner.field.year", e.schoolYearLabel());
        field(form, french ? "learner.field.division" : "learner.field.classe", e.awaitingDivision() ? getTranslation("learners.receivedByTransfer") : e.division())
                .setId("learner-division");
        if (french) {
            field(form, "learner.field.groups", e.groups().isEmpty() ? null : String.join(", ", e.groups()));
            field(form, "learner.field.mef", e.codeMef() == null ? null
                    : e.mef() == null ? e.codeMef() : e.codeMef() + " — " + e.mef().formation());
            field(form, "learner.field.diploma", e.diploma() == null ? null : e.diploma().label()).setId("learner-diploma");
        }
        field(form, "learner.field.status", status(e)).setId("learner-status");
        return Sections.titled(getTranslation("learner.section.enrolment"), form);
    }

    private String status(EnrolmentView e) {
        if (e.active()) return getTranslation("learners.active");
        return e.exitDate() == null ? getTranslation("learners.left") : getTranslation("learners.leftOn", LearnerListView.DATE.format(e.exitDate()));
    }

    private Component history() {
        Grid<EnrolmentView> grid = new Grid<>();
        grid.setId("learner-history");
        grid.setEmptyStateText(getTranslation("learner.history.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(EnrolmentView::schoolYearLabel).setHeader(getTranslation("learner.field.year"));
        grid.addColumn(h -> h.awaitingDivision() ? getTranslation("learners.receivedByTransfer") : h.division()).setHeader(getTranslation("learner.field.division"));
        grid.addColumn(e -> e.mef() == null ? e.codeMef() : e.mef().formation()).setHeader(getTranslation("learner.field.mef"));
        grid.addColumn(e -> e.diploma() == null ? null : e.diploma().label()).setHeader(getTranslation("learner.field.diploma"));
        grid.addColumn(this::status).setHeader(getTranslation("learner.field.status"));
        grid.setItems(details.history());
        grid.setAllRowsVisible(true);
        return Sections.titled(getTranslation("learner.section.history"), grid);
    }

    private Component recordTabs() {
        TabSheet tabs = new TabSheet();
        tabs.setId("learner-records");
        tabs.setWidthFull();
        for (RecordKind kind : RecordKind.values()) {
            Grid<LearnerRecordView> grid = new Grid<>();
            grid.setId("records-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            grid.setEmptyStateText(getTranslation("learner.records.empty"));
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.addColumn(r -> LearnerListView.DATE.format(r.date())).setHeader(getTranslation("learner.record.date")).setAutoWidth(true);
            grid.addColumn(LearnerRecordView::title).setHeader(getTranslation("learner.record.title")).setFlexGrow(2);
            grid.addColumn(LearnerRecordView::authorName).setHeader(getTranslation("learner.record.author")).setAutoWidth(true);
            grid.addColumn(LearnerRecordView::diploma).setHeader(getTranslation("learner.record.diploma")).setAutoWidth(true);
            grid.setAllRowsVisible(true);
            RowOpener.onOpen(grid, record -> openRecord(kind, record));
            recordGrids.put(kind, grid);
            Div content = new Div();
            if (details.canWriteRecords()) {
                Button add = new Button(getTranslation(ADD_KEY + kind.name()), VaadinIcon.PLUS.create());
                add.setId("add-" + kind.name().toLowerCase(java.util.Locale.ROOT));
                add.addThemeVariants(ButtonVariant.PRIMARY);
                add.addClickListener(e -> openRecord(kind, null));
                addButtons.put(kind, add);
                content.add(add);
            }
            content.add(grid);
            tabs.add(getTranslation(kind.translationKey() + ".plural"), content);
            load(kind);
        }
        return Sections.titled(getTranslation("learner.section.records"), tabs);
    }

    void load(RecordKind kind) {
        recordGrids.get(kind).setItems(records.list(details.id(), kind));
    }

    void openRecord(RecordKind kind, LearnerRecordView record) {
        // one draft per user, learner, kind and record: another user of the same tab never gets it
        String user = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication().getName();
        String draftKey = "preau.brouillon." + user + "." + details.id() + "." + kind.name() + "." + (record == null ? "nouveau" : record.id());
        new RecordDialog(records, details.id(), kind, record, draftKey, () -> load(kind)).open();
    }

    private Span field(FormLayout form, String labelKey, String value) {
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.addClassName("learner-value");
        form.addFormItem(text, getTranslation(labelKey));
        return text;
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("learners.title") : details.displayName() + " " + details.prenom();
    }

}
