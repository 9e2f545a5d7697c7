package org.preau.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The Déclaration d'accessibilité in the RGAA 4.1 model. Outside the main layout and open to
 * everyone: a person who cannot sign in must be able to read it and find whom to contact.
 * The list of non-accessible contents is the one of {@code docs/accessibility.md}.
 */
@Route(value = AccessibilityStatementView.PATH, autoLayout = false)
@AnonymousAllowed
public class AccessibilityStatementView extends Main implements HasDynamicTitle {

    public static final String PATH = "declaration-accessibilite";

    public AccessibilityStatementView() {
        addClassName("accessibility-view");
        setId("accessibility-statement");
        add(new H1(getTranslation("accessibility.title")),
                new Paragraph(getTranslation("accessibility.intro")));
        add(section("accessibility.conformity.title", "accessibility.conformity.text"));
        Section results = section("accessibility.results.title", "accessibility.results.text");
        results.add(list("accessibility.results.axe", "accessibility.results.keyboard", "accessibility.results.manual"));
        add(results);
        Section missing = section("accessibility.nonAccessible.title", "accessibility.nonAccessible.text");
        missing.add(list("accessibility.nonAccessible.pdf", "accessibility.nonAccessible.scan",
                "accessibility.nonAccessible.tabs", "accessibility.nonAccessible.grid"));
        add(missing);
        Section made = section("accessibility.established.title", "accessibility.established.date");
        made.add(new Paragraph(getTranslation("accessibility.established.technologies")),
                new Paragraph(getTranslation("accessibility.established.tools")),
                new Paragraph(getTranslation("accessibility.established.pages")));
        add(made);
        add(section("accessibility.contact.title", "accessibility.contact.text"));
        Section remedies = section("accessibility.remedies.title", "accessibility.remedies.text");
        remedies.add(list("accessibility.remedies.form", "accessibility.remedies.delegate", "accessibility.remedies.mail"));
        add(remedies);
        Anchor back = new Anchor("", getTranslation("accessibility.back"));
        back.setId("accessibility-back");
        add(new Paragraph(back));
    }

    private Section section(String titleKey, String textKey) {
        return new Section(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
    }

    private UnorderedList list(String... keys) {
        UnorderedList list = new UnorderedList();
        for (String key : keys) list.add(new ListItem(getTranslation(key)));
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accessibility.title");
    }
}
