package org.preau.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Every page is French, whatever the browser asks for: the session's locale drives the
 * translations and the date pickers, the page's {@code lang} the screen readers, and
 * {@link FrenchDefaults} the components' own texts.
 */
@Component
class FrenchPages implements VaadinServiceInitListener {

    static final Locale LOCALE = Locale.FRANCE;

    private final String frenchDefaults = FrenchDefaults.script();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(LOCALE));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(LOCALE));
        event.addIndexHtmlRequestListener(response -> {
            response.getDocument().selectFirst("html").attr("lang", "fr");
            // First in the head: it must run before the components' bundle defines them.
            response.getDocument().head().prependChild(new Element("script").appendChild(new DataNode(frenchDefaults)));
        });
    }
}
