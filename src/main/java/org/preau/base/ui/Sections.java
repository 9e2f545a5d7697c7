package org.preau.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;

/** A titled part of a page (styled by {@code .form-section} in the shared stylesheet). */
public final class Sections {

    private Sections() {
    }

    /** A section with its (already translated) title above the content. */
    public static Section titled(String title, Component... content) {
        Section section = new Section(new H3(title));
        section.add(content);
        section.addClassName("form-section");
        return section;
    }
}
