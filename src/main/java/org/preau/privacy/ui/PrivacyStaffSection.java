package org.preau.privacy.ui;

import org.preau.privacy.SubjectAccessExport;
import org.preau.security.CurrentUser;
import org.preau.staff.StaffDetails;
import org.preau.staff.StaffPageSection;

import java.util.Optional;

/** The staff page's "Protection des données" section: the subject-access export in one click (secretaries and directors). */
@org.springframework.stereotype.Component
class PrivacyStaffSection extends PrivacyExportSection implements StaffPageSection {

    PrivacyStaffSection(SubjectAccessExport export, CurrentUser currentUser) {
        super(export, currentUser);
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> render(StaffDetails person, long schoolYearId) {
        if (person.getId() == null || !mayExport()) return Optional.empty();
        long id = person.getId();
        return section(() -> export.staff(id), "privacy.export.note.staff");
    }
}
