package org.preau.staff;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A part of the staff page that another feature owns (e.g. the SeGEC consent and account of a
 * Belgian teacher). Implement it as a Spring bean; the page asks every section, in
 * {@link #order()}, for a component for the person shown, below the account section. The section
 * checks its own module switch and the user's rights, and returns empty to show nothing.
 */
public interface StaffPageSection {

    /** Smaller first. */
    int order();

    /** The translation key of the section's title. */
    String titleKey();

    /** A new component for that person in that school year (built at each call). */
    Optional<Component> render(StaffDetails person, long schoolYearId);
}
