package org.preau.sandbox.segec.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.establishment.PreauModule;
import org.preau.establishment.RequiresModule;
import org.preau.sandbox.segec.SandboxSegecContents;
import org.preau.security.Roles;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Échanges › Bac à sable SeGEC: what the sandbox extranet holds for this establishment and what it received. */
@Route("echanges/bac-a-sable-segec")
@Menu(order = 470, title = "nav.echanges.sandboxSegec")
@RolesAllowed(Roles.DIRECTOR)
@RequiresModule(PreauModule.SEGEC)
public class SandboxSegecView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    final Grid<SandboxSegecContents.HeldMember> members = new Grid<>();
    final Grid<SandboxSegecContents.Request> received = new Grid<>();

    public SandboxSegecView(org.springframework.beans.factory.ObjectProvider<SandboxSegecContents> contents) {
        addClassName("sandbox-segec-view");
        SandboxSegecContents sandbox = contents.getIfAvailable();
        Paragraph note = new Paragraph(getTranslation(sandbox == null ? "sandbox.segec.off" : "sandbox.segec.note"));
        note.addClassName("note");
        add(note);
        if (sandbox == null) return;
        members.setId("sandbox-segec-members");
        members.setEmptyStateText(getTranslation("sandboxSegec.members.empty"));
        members.addColumn(SandboxSegecContents.HeldMember::schoolYear).setHeader(getTranslation("sandbox.segec.year")).setAutoWidth(true);
        members.addColumn(m -> m.lastName() + " " + m.firstName()).setHeader(getTranslation("segec.column.name")).setAutoWidth(true);
        members.addColumn(m -> m.birthDate() == null ? "" : DAY.format(m.birthDate())).setHeader(getTranslation("sandbox.segec.birthDate")).setAutoWidth(true);
        members.addColumn(SandboxSegecContents.HeldMember::email).setHeader(getTranslation("segec.column.email")).setAutoWidth(true);
        members.addColumn(m -> getTranslation(roleKey(m.role()))).setHeader(getTranslation("segec.column.role")).setAutoWidth(true);
        members.addColumn(SandboxSegecContents.HeldMember::accountId).setHeader(getTranslation("sandbox.segec.account")).setAutoWidth(true);
        members.addColumn(m -> getTranslation(m.active() ? "sandbox.segec.active" : "sandbox.segec.inactive")).setHeader(getTranslation("sandbox.segec.state")).setAutoWidth(true);
        members.setItems(sandbox.members());
        members.setAllRowsVisible(true);
        received.setId("sandbox-segec-received");
        received.setEmptyStateText(getTranslation("sandboxSegec.received.empty"));
        received.addColumn(r -> WHEN.format(r.at().atZone(ZONE))).setHeader(getTranslation("sandbox.segec.at")).setAutoWidth(true);
        received.addColumn(r -> r.method() + " " + r.path()).setHeader(getTranslation("sandbox.segec.request")).setAutoWidth(true);
        received.addColumn(r -> r.status() == null ? "…" : String.valueOf(r.status())).setHeader(getTranslation("sandbox.segec.status")).setAutoWidth(true);
        received.addColumn(r -> r.response() == null ? "" : r.response()).setHeader(getTranslation("sandbox.segec.response")).setFlexGrow(1);
        received.setItems(sandbox.received());
        add(new Section(new H3(getTranslation("sandbox.segec.members")), members),
                new Section(new H3(getTranslation("sandbox.segec.received")), received));
    }

    private static String roleKey(String role) {
        return "segec.role." + role;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.echanges.sandboxSegec");
    }
}
