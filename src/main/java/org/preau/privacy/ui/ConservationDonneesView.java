package org.preau.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.base.ui.Notify;
import org.preau.base.ui.Sections;
import org.preau.privacy.Retention;
import org.preau.privacy.RetentionPolicy;
import org.preau.privacy.RetentionRefusedException;
import org.preau.privacy.RetentionSettings;
import org.preau.security.Roles;

import java.util.Map;

/**
 * Paramètres › Conservation des données: the director sets how long leavers' data, the original
 * files of imports and the journal of accesses are kept, and sees what the next nightly run would
 * remove ({@link RetentionPreview}: the same run, rolled back).
 */
@Route("parametres/conservation-donnees")
@Menu(order = 960, title = "nav.parametres.conservation")
@RolesAllowed(Roles.DIRECTOR)
public class ConservationDonneesView extends Main implements HasDynamicTitle {

    private final RetentionSettings settings;
    final IntegerField leaverYears = new IntegerField();
    final IntegerField originalMonths = new IntegerField();
    final IntegerField auditYears = new IntegerField();
    final Button save = new Button();
    final RetentionPreview preview;

    public ConservationDonneesView(RetentionSettings settings, Retention retention) {
        this.settings = settings;
        this.preview = new RetentionPreview(retention);
        addClassName("conservation-view");
        Paragraph note = new Paragraph(getTranslation("privacy.retention.note"));
        note.addClassName("note");
        field(leaverYears, "retention-leaver-years", "privacy.retention.leaverYears", RetentionPolicy.DEFAULT.leaverYears());
        field(originalMonths, "retention-original-months", "privacy.retention.originalMonths", RetentionPolicy.DEFAULT.originalMonths());
        field(auditYears, "retention-audit-years", "privacy.retention.auditYears", RetentionPolicy.DEFAULT.auditYears());
        FlexLayout fields = new FlexLayout(leaverYears, originalMonths, auditYears);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.getStyle().set("gap", "var(--lumo-space-m)");
        save.setText(getTranslation("privacy.retention.save"));
        save.setId("retention-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        RetentionPolicy current = settings.current();
        leaverYears.setValue(current.leaverYears());
        originalMonths.setValue(current.originalMonths());
        auditYears.setValue(current.auditYears());
        add(note, fields, save, Sections.titled(getTranslation("privacy.retention.preview.title"), preview));
        preview.refresh();
    }

    private void field(IntegerField f, String id, String label, int byDefault) {
        f.setId(id);
        f.setLabel(getTranslation(label));
        f.setHelperText(getTranslation("privacy.retention.default", byDefault));
        f.setMin(1);
        // the bounds are the server's (RetentionSettings): its refusal stays shown until the next save
        f.setManualValidation(true);
        f.setStepButtonsVisible(true);
        f.setWidth("20rem");
        f.setMaxWidth("100%");
    }

    void save() {
        Map<String, IntegerField> byName = Map.of("leaverYears", leaverYears, "originalMonths", originalMonths, "auditYears", auditYears);
        byName.values().forEach(f -> f.setInvalid(false));
        for (IntegerField f : byName.values()) {
            if (f.getValue() == null) {
                f.setErrorMessage(getTranslation("privacy.retention.required"));
                f.setInvalid(true);
                return;
            }
        }
        try {
            settings.save(new RetentionPolicy(leaverYears.getValue(), originalMonths.getValue(), auditYears.getValue()));
        } catch (RetentionRefusedException refused) {
            IntegerField f = byName.get(refused.field());
            f.setErrorMessage(refused.getMessage());
            f.setInvalid(true);
            Notify.error(refused.getMessage());
            return;
        }
        Notify.success(getTranslation("privacy.retention.saved"));
        preview.refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.parametres.conservation");
    }
}
