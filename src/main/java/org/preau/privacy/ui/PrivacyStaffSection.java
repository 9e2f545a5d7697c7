package org.preau.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.preau.base.Texts;
import org.preau.privacy.SubjectAccessExport;
import org.preau.security.CurrentUser;
import org.preau.security.Role;
import org.preau.staff.StaffDetails;
import org.preau.staff.StaffPageSection;

import java.io.ByteArrayInputStream;
import java.util.Optional;

/** The staff page's "Protection des données" section: the subject-access export in one click (secretaries and directors). */
@org.springframework.stereotype.Component
class PrivacyStaffSection implements StaffPageSection {

    private final SubjectAccessExport export;
    private final CurrentUser currentUser;

    PrivacyStaffSection(SubjectAccessExport export, CurrentUser currentUser) {
        this.export = export;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public String titleKey() {
        return "privacy.export.section";
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> render(StaffDetails person, long schoolYearId) {
        if (person.getId() == null || (!currentUser.hasRole(Role.SECRETARY) && !currentUser.hasRole(Role.DIRECTOR))) return Optional.empty();
        long id = person.getId();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            SubjectAccessExport.Archive archive = export.staff(id);
            return new DownloadResponse(new ByteArrayInputStream(archive.zip()), archive.fileName(), "application/zip",
                    archive.zip().length);
        }), Texts.get("privacy.export.button"));
        download.setId("privacy-export");
        download.getElement().setAttribute("download", true);
        return Optional.of(new Div(new Paragraph(Texts.get("privacy.export.note.staff")), download));
    }
}
