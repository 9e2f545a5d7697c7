package org.preau.sandbox.miroir;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.security.Roles;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The sandbox collection point's page: the submissions it received for the current school. */
@Route("bac-a-sable/miroir")
@RolesAllowed(Roles.DIRECTOR)
public class MiroirSandboxView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final MiroirSandboxInbox inbox;
    final Grid<SandboxSubmission> grid = new Grid<>();
    final Pre body = new Pre();

    MiroirSandboxView(MiroirSandboxInbox inbox) {
        this.inbox = inbox;
        getStyle().set("padding", "var(--lumo-space-l)").set("max-width", "80rem");
        ZoneId zone = ZoneId.of("Europe/Brussels");
        Paragraph help = new Paragraph(getTranslation("sandbox.miroir.help"));
        help.addClassName("note");
        grid.setId("sandbox-miroir-submissions");
        grid.setEmptyStateText(getTranslation("sandboxMiroir.empty"));
        grid.addColumn(s -> WHEN.format(s.receivedAt().atZone(zone))).setHeader(getTranslation("sandbox.miroir.receivedAt")).setAutoWidth(true);
        grid.addColumn(SandboxSubmission::schoolYear).setHeader(getTranslation("sandbox.miroir.year")).setAutoWidth(true);
        grid.addColumn(this::statusText).setHeader(getTranslation("sandbox.miroir.status")).setAutoWidth(true);
        grid.addColumn(s -> s.replaced() ? getTranslation("sandbox.miroir.replaced") : "").setHeader(getTranslation("sandbox.miroir.replacedHeader")).setAutoWidth(true);
        grid.addColumn(SandboxSubmission::id).setHeader(getTranslation("sandbox.miroir.id")).setAutoWidth(true);
        grid.addComponentColumn(s -> {
            Button accept = new Button(getTranslation("sandbox.miroir.accept"), e -> decide(s, true));
            Button reject = new Button(getTranslation("sandbox.miroir.reject"), e -> decide(s, false));
            accept.addThemeVariants(ButtonVariant.SMALL);
            reject.addThemeVariants(ButtonVariant.SMALL);
            accept.setEnabled("RECEIVED".equals(s.status()));
            reject.setEnabled("RECEIVED".equals(s.status()));
            return new HorizontalLayout(accept, reject);
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addSelectionListener(e -> body.setText(e.getFirstSelectedItem().map(SandboxSubmission::body).orElse("")));
        body.setId("sandbox-miroir-body");
        body.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all");
        add(help, grid, new H3(getTranslation("sandbox.miroir.body")), body);
        grid.setItems(inbox.received());
    }

    private void decide(SandboxSubmission s, boolean accept) {
        inbox.decide(s.id(), accept);
        grid.setItems(inbox.received());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sandbox.miroir.title");
    }

    /** The collection point's status in French; an unknown one shown as sent rather than as a missing key. */
    String statusText(SandboxSubmission submission) {
        String key = "sandbox.miroir.status." + submission.status();
        String text = getTranslation(key);
        return text.contains(key) ? submission.status() : text;
    }
}
