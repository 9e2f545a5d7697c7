package org.preau.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/**
 * A refusal: a title, what is wrong and where, one line each, and what it means ("rien n'a été
 * enregistré"). A plain list rather than a grid, so that it wraps on a phone and a screen reader
 * reads it in order.
 */
public class LocatedMessages extends Div {

    /** Beyond this many, the list says how many more there are (the exchange history keeps them all). */
    static final int SHOWN = 100;

    public LocatedMessages(String id) {
        setId(id);
        addClassName("import-refusal");
        setVisible(false);
    }

    public void show(String title, List<LocatedMessage> messages, String consequence) {
        removeAll();
        add(new H3(title));
        UnorderedList list = new UnorderedList();
        list.setId(getId().orElse("refusal") + "-messages");
        messages.stream().limit(SHOWN).forEach(m -> {
            ListItem item = new ListItem(new Span(m.text()));
            if (m.location() != null && !m.location().isBlank()) {
                Span where = new Span(getTranslation("upload.where", m.location()));
                where.addClassName("location");
                item.add(new Span(" "), where);
            }
            list.add(item);
        });
        add(list);
        if (messages.size() > SHOWN) add(new Paragraph(getTranslation("upload.more", messages.size() - SHOWN)));
        if (consequence != null) add(new Paragraph(consequence));
        setVisible(true);
    }

    void hide() {
        removeAll();
        setVisible(false);
    }
}
