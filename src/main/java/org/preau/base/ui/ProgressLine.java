package org.preau.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;

/**
 * What long background work shows: a status sentence and a progress bar. The page polls the
 * server while it runs (no push), and the background sends progress at most every 2 %.
 */
class ProgressLine extends Div {

    final Span status = new Span();
    final ProgressBar bar = new ProgressBar(0, 1);

    ProgressLine(String idPrefix) {
        status.setId(idPrefix + "-status");
        status.addClassName("import-status");
        bar.setId(idPrefix + "-progress");
        bar.setVisible(false);
        addClassName("import-progress");
        add(status, bar);
    }

    void start(UI ui, String message) {
        status.setText(message);
        bar.setValue(0);
        bar.setVisible(true);
        ui.setPollInterval(500);
    }

    void stop(UI ui) {
        bar.setVisible(false);
        ui.setPollInterval(-1);
    }

    void say(String message) {
        status.setText(message);
    }

    /** Progress reported from the background thread, handed to the page through {@link UI#access}. */
    DoubleConsumer reporter(UI ui) {
        AtomicLong sent = new AtomicLong(-1);
        return fraction -> {
            long step = Math.round(fraction * 50);
            if (sent.getAndSet(step) != step) ui.access(() -> bar.setValue(Math.min(1, Math.max(0, fraction))));
        };
    }
}
