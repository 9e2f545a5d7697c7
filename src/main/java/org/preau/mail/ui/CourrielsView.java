package org.preau.mail.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.mail.MailOutbox;
import org.preau.mail.MailView;
import org.preau.security.Roles;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Paramètres › Courriels: the mails Préau sent or still tries to send for the establishment, with their text. */
@Route("parametres/courriels")
@Menu(order = 945, title = "nav.parametres.courriels")
@RolesAllowed(Roles.DIRECTOR)
public class CourrielsView extends Main implements HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    final Grid<MailView> grid = new Grid<>();

    public CourrielsView(MailOutbox outbox) {
        addClassName("courriels-view");
        Paragraph note = new Paragraph(getTranslation("mail.note"));
        note.addClassName("note");
        grid.setId("mails");
        grid.setEmptyStateText(getTranslation("courriels.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> WHEN.format(m.createdAt())).setHeader(getTranslation("mail.column.when")).setAutoWidth(true);
        grid.addColumn(MailView::recipient).setHeader(getTranslation("mail.column.to")).setAutoWidth(true);
        grid.addColumn(MailView::subject).setHeader(getTranslation("mail.column.subject")).setFlexGrow(1);
        grid.addColumn(m -> getTranslation(m.status().translationKey())
                        + (m.lastError() != null ? " — " + getTranslation("mail.lastError", m.attempts(), m.lastError()) : ""))
                .setHeader(getTranslation("mail.column.status")).setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(m -> {
            Pre body = new Pre(m.body());
            body.getStyle().set("white-space", "pre-wrap");
            return body;
        }));
        grid.setItems(outbox.list());
        grid.setHeight("32rem");
        add(note, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.parametres.courriels");
    }
}
