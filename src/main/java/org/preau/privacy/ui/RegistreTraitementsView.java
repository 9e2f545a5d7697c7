package org.preau.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.preau.base.ui.Sections;
import org.preau.privacy.Processing;
import org.preau.privacy.ProcessingRegister;
import org.preau.security.Roles;

import java.io.ByteArrayInputStream;

/**
 * Paramètres › Registre des traitements: every processing this instance does for the establishment
 * (generated, see {@link ProcessingRegister}), readable by every member of staff, and its PDF.
 */
@Route("parametres/registre-traitements")
@Menu(order = 965, title = "nav.parametres.traitements")
@RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR, Roles.TEACHER})
public class RegistreTraitementsView extends Main implements HasDynamicTitle {

    public RegistreTraitementsView(ProcessingRegister register) {
        addClassName("registre-traitements-view");
        Paragraph note = new Paragraph(getTranslation("privacy.processing.note"));
        note.addClassName("note");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = register.pdf();
            return new DownloadResponse(new ByteArrayInputStream(content), getTranslation("privacy.processing.pdf.name"),
                    "application/pdf", content.length);
        }), getTranslation("privacy.processing.pdf"));
        pdf.setId("processing-pdf");
        pdf.getElement().setAttribute("download", true);
        add(note, pdf);
        for (Processing p : register.processings()) {
            Div details = new Div(
                    line("privacy.processing.label.purpose", p.purpose()),
                    line("privacy.processing.label.basis", p.legalBasis()),
                    line("privacy.processing.label.data", p.dataCategories()),
                    line("privacy.processing.label.recipients", ProcessingRegister.recipients(p)),
                    line("privacy.processing.label.retention", p.retention()));
            var section = Sections.titled(p.name(), details);
            section.setId("processing-" + p.key().toLowerCase(java.util.Locale.ROOT));
            add(section);
        }
    }

    private Paragraph line(String label, String value) {
        Span name = new Span(getTranslation(label) + " : ");
        name.getStyle().set("font-weight", "600");
        Span text = new Span(value);
        text.getStyle().set("white-space", "pre-line");
        Paragraph line = new Paragraph(name, text);
        line.getStyle().set("margin", "0.25rem 0");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.parametres.traitements");
    }
}
