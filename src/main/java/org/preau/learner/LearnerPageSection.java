package org.preau.learner;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A part of the learner page that another feature owns (e.g. the Miroir data of a Belgian pupil,
 * the transfer state of a learner who left). Implement it as a Spring bean; the page asks every
 * section, in {@link #order()}, for a component for the learner shown, below the enrolment.
 * The section checks its own module switch and the user's rights, and returns empty to show nothing.
 */
public interface LearnerPageSection {

    /** Smaller first. */
    int order();

    /** The translation key of the section's title. */
    String titleKey();

    /** A new component for that learner (built at each call: components are not shared between pages). */
    Optional<Component> render(LearnerDetails learner);
}
