package org.preau.pupil.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.base.ui.LocatedMessage;
import org.preau.base.ui.UploadPreview;
import org.preau.establishment.PreauModule;
import org.preau.establishment.RequiresModule;
import org.preau.establishment.SchoolYearService;
import org.preau.pupil.BelgianPupils;
import org.preau.pupil.PupilFileRefusedException;
import org.preau.pupil.PupilImport;
import org.preau.pupil.PupilImportPreview;
import org.preau.security.BackgroundWork;
import org.preau.security.Roles;

import java.util.List;

/**
 * Élèves › Import des élèves (CSV): the pupil list a Belgian school keeps in another programme
 * (ProEco, Primver, a spreadsheet), read in the background, previewed, then confirmed; and a new
 * pupil typed by hand.
 */
@Route("eleves/import-csv")
@Menu(order = 211, title = "nav.eleves.importCsv")
@RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR})
@RequiresModule(PreauModule.ELEVES_FWB)
public class PupilImportView extends Main implements HasDynamicTitle {

    /** What the background read hands to the page: a preview, or the located problems of a refused file. */
    record Read(PupilImportPreview preview, List<LocatedMessage> refused) {
    }

    final UploadPreview<Read, PupilImportPreview> panel;
    final Button newPupil = new Button();

    public PupilImportView(PupilImport pupils, BelgianPupils records, SchoolYearService years, BackgroundWork background) {
        addClassName("pupil-import-view");
        add(new H2(getTranslation("nav.eleves.importCsv")));
        Paragraph help = new Paragraph(getTranslation("pupilImport.help", years.requireCurrent().label()));
        help.addClassName("note");
        Paragraph columns = new Paragraph(getTranslation("pupilImport.columns"));
        columns.setId("pupils-columns");
        columns.addClassName("note");
        newPupil.setText(getTranslation("pupilImport.newPupil"));
        newPupil.setIcon(VaadinIcon.PLUS.create());
        newPupil.setId("pupils-new");
        newPupil.addClickListener(e -> new PupilDialog(records, null, null, id -> getUI().ifPresent(ui -> ui.navigate("eleves/" + id))).open());
        panel = new UploadPreview<Read, PupilImportPreview>("pupils", pupils.maxBytes(), background::submit)
                .accept(".csv", ".txt")
                .uploadButton(getTranslation("pupilImport.upload"))
                .reader((file, progress) -> {
                    try {
                        return new Read(pupils.preview(file.name(), file.bytes()), List.of());
                    } catch (PupilFileRefusedException e) {
                        return new Read(null, e.problems().stream().map(p -> new LocatedMessage(p.text(), p.location())).toList());
                    }
                })
                .refusedWhen(Read::refused)
                .preview(r -> new PupilPreviewPanel(r.preview()))
                .writer((file, read, progress) -> pupils.confirm(file.name(), file.bytes()))
                .result(done -> new Paragraph(getTranslation("pupilImport.result", done.arrivals().size(), done.leavers().size(),
                        done.changes().size(), done.unchanged(), done.activeAfter())))
                .history(done -> done.exchangeId() == null ? null : "echanges/historique?echange=" + done.exchangeId());
        add(help, columns, newPupil, panel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.eleves.importCsv");
    }
}
