package org.preau.privacy.ui;

import org.preau.learner.LearnerDetails;
import org.preau.learner.LearnerPageSection;
import org.preau.privacy.SubjectAccessExport;
import org.preau.security.CurrentUser;

import java.util.Optional;

/** The learner page's "Protection des données" section: the subject-access export in one click (secretaries and directors). */
@org.springframework.stereotype.Component
class PrivacyLearnerSection extends PrivacyExportSection implements LearnerPageSection {

    PrivacyLearnerSection(SubjectAccessExport export, CurrentUser currentUser) {
        super(export, currentUser);
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> render(LearnerDetails learner) {
        if (!mayExport()) return Optional.empty();
        long id = learner.id();
        return section(() -> export.learner(id), "privacy.export.note");
    }
}
