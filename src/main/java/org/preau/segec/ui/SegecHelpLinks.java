package org.preau.segec.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.preau.segec.SegecLinks;

/** "Pour en savoir plus": the seed's three SeGEC pages, opened in a new tab. */
final class SegecHelpLinks extends Section {

    SegecHelpLinks(SegecLinks links) {
        setId("segec-help-links");
        addClassName("segec-help-links");
        add(new H3(getTranslation("segec.links.title")), new UnorderedList(
                item("segec-link-salle-des-profs", links.salleDesProfs(), "segec.links.salleDesProfs"),
                item("segec-link-accounts", links.accounts(), "segec.links.accounts"),
                item("segec-link-faq", links.faq(), "segec.links.faq")));
    }

    private ListItem item(String id, String href, String key) {
        Anchor a = new Anchor(href, getTranslation(key), AnchorTarget.BLANK);
        a.setId(id);
        a.getElement().setAttribute("rel", "noopener noreferrer");
        return new ListItem(a);
    }
}
