package org.preau.miroir.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.learner.LearnerDetails;
import org.preau.learner.LearnerPageSection;
import org.preau.pupil.Ceb;
import org.preau.miroir.InvalidPupilDataException;
import org.preau.miroir.Level;
import org.preau.miroir.MiroirPupils;
import org.preau.pupil.BelgianPupils;
import org.preau.miroir.PupilData;
import org.preau.security.CurrentUser;
import org.preau.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The learner page's Miroir part for a Belgian pupil enrolled in the year the user works in:
 * level, implantation and, for a 6th-year primary pupil, the June CEB result.
 */
@org.springframework.stereotype.Component
class MiroirLearnerSection implements LearnerPageSection {

    private final MiroirPupils pupils;
    private final ModuleSettings modules;
    private final CurrentUser currentUser;
    private final BelgianPupils records;

    MiroirLearnerSection(MiroirPupils pupils, ModuleSettings modules, CurrentUser currentUser, BelgianPupils records) {
        this.pupils = pupils;
        this.modules = modules;
        this.currentUser = currentUser;
        this.records = records;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String titleKey() {
        return "miroir.section.title";
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> render(LearnerDetails learner) {
        if (!currentUser.hasRole(Role.SECRETARY) && !currentUser.hasRole(Role.DIRECTOR)) return Optional.empty();
        if (!modules.isEnabled(PreauModule.MIROIR) || learner.enrolment().isEmpty()) return Optional.empty();
        // a pupil with a record: level, implantation and CEB are that record's, edited in its own section
        if (records.offered() && records.get(learner.id()).isPresent()) return Optional.empty();
        Optional<PupilData> stored = pupils.get(learner.id());
        UI ui = UI.getCurrent();

        Select<Level> level = new Select<>();
        level.setId("miroir-level");
        level.setLabel(ui.getTranslation("miroir.column.level"));
        level.setItems(Level.values());
        level.setItemLabelGenerator(l -> ui.getTranslation(l.translationKey()));
        List<String> known = new ArrayList<>(pupils.implantations());
        ComboBox<String> implantation = new ComboBox<>(ui.getTranslation("miroir.column.implantation"));
        implantation.setId("miroir-implantation");
        implantation.setAllowCustomValue(true);
        implantation.setItems(known);
        implantation.addCustomValueSetListener(e -> {
            if (!known.contains(e.getDetail())) {
                known.add(e.getDetail());
                implantation.setItems(known);
            }
            implantation.setValue(e.getDetail());
        });
        Select<Ceb> ceb = new Select<>();
        ceb.setId("miroir-ceb");
        ceb.setLabel(ui.getTranslation("miroir.column.ceb"));
        ceb.setItems(Ceb.values());
        ceb.setEmptySelectionAllowed(true);
        ceb.setEmptySelectionCaption(ui.getTranslation("miroir.ceb.none"));
        ceb.setItemLabelGenerator(c -> c == null ? ui.getTranslation("miroir.ceb.none") : ui.getTranslation(c.translationKey()));
        stored.ifPresent(d -> {
            level.setValue(d.level());
            if (!known.contains(d.implantation())) known.add(d.implantation());
            implantation.setItems(known);
            implantation.setValue(d.implantation());
            ceb.setValue(d.ceb());
        });
        ceb.setVisible(level.getValue() == Level.P6);
        level.addValueChangeListener(e -> {
            ceb.setVisible(e.getValue() == Level.P6);
            if (e.getValue() != Level.P6) ceb.clear();
        });
        Span status = new Span();
        status.setId("miroir-save-status");
        Button save = new Button(ui.getTranslation("miroir.section.save"), e -> {
            try {
                pupils.save(learner.id(), level.getValue(), implantation.getValue(), ceb.getValue());
                status.setText(ui.getTranslation("miroir.section.saved"));
            } catch (InvalidPupilDataException ex) {
                status.setText(ex.getMessage());
            }
        });
        save.setId("miroir-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout fields = new HorizontalLayout(level, implantation, ceb);
        fields.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Div box = new Div(fields, new HorizontalLayout(save, status));
        box.addClassName("miroir-learner-section");
        return Optional.of(box);
    }
}
