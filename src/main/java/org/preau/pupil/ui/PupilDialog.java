package org.preau.pupil.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.preau.base.ui.Notify;
import org.preau.pupil.BelgianPupils;
import org.preau.pupil.Ceb;
import org.preau.pupil.Implantation;
import org.preau.pupil.InvalidPupilException;
import org.preau.pupil.LeaveReason;
import org.preau.pupil.PupilInput;
import org.preau.pupil.PupilRecord;
import org.preau.pupil.SchoolLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/** A pupil typed by hand (new, or changed): the server checks each field and names the one refused. */
class PupilDialog extends Dialog {

    final TextField nom = new TextField();
    final TextField prenom = new TextField();
    final Select<String> sexe = new Select<>();
    final DatePicker naissance = new DatePicker();
    final TextField lieu = new TextField();
    final TextField nationalite = new TextField();
    final TextField niss = new TextField();
    final TextField numero = new TextField();
    final ComboBox<String> implantation = new ComboBox<>();
    final Select<SchoolLevel> niveau = new Select<>();
    final TextField classe = new TextField();
    final DatePicker entree = new DatePicker();
    final DatePicker sortie = new DatePicker();
    final Select<LeaveReason> motif = new Select<>();
    final Select<Ceb> ceb = new Select<>();
    final Button save = new Button();

    private final Map<String, HasValidation> fields;

    PupilDialog(BelgianPupils pupils, Long learnerId, PupilRecord record, LongConsumer saved) {
        setId("pupil-dialog");
        setHeaderTitle(getTranslation(learnerId == null ? "pupil.dialog.new" : "pupil.dialog.edit"));
        fields = Map.ofEntries(Map.entry("nom", nom), Map.entry("prenom", prenom), Map.entry("sexe", sexe), Map.entry("naissance", naissance),
                Map.entry("lieu", lieu), Map.entry("nationalite", nationalite), Map.entry("niss", niss), Map.entry("numero", numero),
                Map.entry("implantation", implantation), Map.entry("niveau", niveau), Map.entry("classe", classe),
                Map.entry("entree", entree), Map.entry("sortie", sortie), Map.entry("motif", motif), Map.entry("ceb", ceb));
        label();
        List<String> names = new ArrayList<>(pupils.implantations().stream().map(Implantation::name).toList());
        implantation.setItems(names);
        implantation.setAllowCustomValue(true);
        implantation.addCustomValueSetListener(e -> {
            names.add(e.getDetail());
            implantation.setItems(names);
            implantation.setValue(e.getDetail());
        });
        if (record != null) fill(record);
        niveau.addValueChangeListener(e -> ceb.setEnabled(e.getValue() == SchoolLevel.P6));
        ceb.setEnabled(niveau.getValue() == SchoolLevel.P6);
        FormLayout form = new FormLayout(nom, prenom, sexe, naissance, lieu, nationalite, niss, numero, implantation, niveau, classe,
                entree, sortie, motif, ceb);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);
        save.setText(getTranslation("pupil.dialog.save"));
        save.setId("pupil-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                long id = pupils.save(learnerId, input());
                Notify.success(getTranslation("pupil.dialog.saved", nom.getValue() + " " + prenom.getValue()));
                close();
                saved.accept(id);
            } catch (InvalidPupilException ex) {
                HasValidation field = ex.field() == null ? null : fields.get(ex.field());
                if (field != null) {
                    field.setErrorMessage(ex.getMessage());
                    field.setInvalid(true);
                } else {
                    Notify.error(ex.getMessage());
                }
            }
        });
        Button cancel = new Button(getTranslation("pupil.dialog.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("min(48rem, 100vw)");
    }

    private void label() {
        nom.setLabel(getTranslation("pupil.field.nom"));
        prenom.setLabel(getTranslation("pupil.field.prenom"));
        sexe.setLabel(getTranslation("pupil.field.sexe"));
        sexe.setItems("M", "F");
        sexe.setItemLabelGenerator(s -> "F".equals(s) ? getTranslation("learner.sexe.F") : getTranslation("learner.sexe.M"));
        sexe.setEmptySelectionAllowed(true);
        sexe.setEmptySelectionCaption(getTranslation("pupil.field.none"));
        naissance.setLabel(getTranslation("pupil.field.naissance"));
        lieu.setLabel(getTranslation("pupil.field.lieu"));
        nationalite.setLabel(getTranslation("pupil.field.nationalite"));
        niss.setLabel(getTranslation("pupil.field.niss"));
        niss.setHelperText(getTranslation("pupil.field.niss.help"));
        niss.setId("pupil-niss");
        numero.setLabel(getTranslation("pupil.field.numero"));
        implantation.setLabel(getTranslation("pupil.field.implantation"));
        niveau.setLabel(getTranslation("pupil.field.niveau"));
        niveau.setItems(SchoolLevel.values());
        niveau.setItemLabelGenerator(l -> getTranslation(l.translationKey()));
        classe.setLabel(getTranslation("pupil.field.classe"));
        classe.setHelperText(getTranslation("pupil.field.classe.help"));
        entree.setLabel(getTranslation("pupil.field.entree"));
        sortie.setLabel(getTranslation("pupil.field.sortie"));
        motif.setLabel(getTranslation("pupil.field.motif"));
        motif.setItems(LeaveReason.values());
        motif.setItemLabelGenerator(m -> m == null ? getTranslation("pupil.field.none") : getTranslation(m.translationKey()));
        motif.setEmptySelectionAllowed(true);
        motif.setEmptySelectionCaption(getTranslation("pupil.field.none"));
        ceb.setLabel(getTranslation("pupil.field.ceb"));
        ceb.setItems(Ceb.values());
        ceb.setItemLabelGenerator(c -> c == null ? getTranslation("pupil.field.none") : getTranslation(c.translationKey()));
        ceb.setEmptySelectionAllowed(true);
        ceb.setEmptySelectionCaption(getTranslation("pupil.field.none"));
        for (var f : List.of(nom, prenom)) f.setRequiredIndicatorVisible(true);
        naissance.setRequiredIndicatorVisible(true);
        implantation.setRequiredIndicatorVisible(true);
        niveau.setRequiredIndicatorVisible(true);
    }

    private void fill(PupilRecord r) {
        nom.setValue(r.nom());
        prenom.setValue(r.prenom());
        sexe.setValue(r.sexe());
        naissance.setValue(r.dateNaissance());
        lieu.setValue(r.lieuNaissance() == null ? "" : r.lieuNaissance());
        nationalite.setValue(r.nationalite() == null ? "" : r.nationalite());
        niss.setValue(r.niss() == null ? "" : org.preau.pupil.Niss.formatted(r.niss()));
        numero.setValue(r.numero() == null ? "" : r.numero());
        if (r.implantation() != null) implantation.setValue(r.implantation().name());
        niveau.setValue(r.level());
        classe.setValue(r.classe() == null ? "" : r.classe());
        entree.setValue(r.entree());
        sortie.setValue(r.sortie());
        motif.setValue(r.motif());
        ceb.setValue(r.ceb());
    }

    PupilInput input() {
        return new PupilInput(nom.getValue(), prenom.getValue(), sexe.getValue(), naissance.getValue(), lieu.getValue(), nationalite.getValue(),
                niss.getValue(), numero.getValue(), implantation.getValue(), null, niveau.getValue(), classe.getValue(), entree.getValue(),
                sortie.getValue(), motif.getValue(), niveau.getValue() == SchoolLevel.P6 ? ceb.getValue() : null);
    }
}
