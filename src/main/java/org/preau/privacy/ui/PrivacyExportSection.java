package org.preau.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.preau.base.Texts;
import org.preau.privacy.SubjectAccessExport;
import org.preau.security.CurrentUser;
import org.preau.security.Role;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The "Protection des données" section of a person's page (a learner's, a staff member's): the
 * subject-access export in one click, for secretaries and directors. The archive is built only
 * when the link is followed.
 */
abstract class PrivacyExportSection {

    final SubjectAccessExport export;
    private final CurrentUser currentUser;

    PrivacyExportSection(SubjectAccessExport export, CurrentUser currentUser) {
        this.export = export;
        this.currentUser = currentUser;
    }

    public int order() {
        return 900;
    }

    public String titleKey() {
        return "privacy.export.section";
    }

    boolean mayExport() {
        return currentUser.hasRole(Role.SECRETARY) || currentUser.hasRole(Role.DIRECTOR);
    }

    static Optional<Component> section(Supplier<SubjectAccessExport.Archive> archive, String noteKey) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            SubjectAccessExport.Archive built = archive.get();
            return new DownloadResponse(new ByteArrayInputStream(built.zip()), built.fileName(), "application/zip", built.zip().length);
        }), Texts.get("privacy.export.button"));
        download.setId("privacy-export");
        download.getElement().setAttribute("download", true);
        return Optional.of(new Div(new Paragraph(Texts.get(noteKey)), download));
    }
}
