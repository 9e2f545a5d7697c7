package org.preau.siecle;

import org.preau.base.Texts;
import org.preau.exchange.ExchangeMessage;

import java.util.ArrayList;
import java.util.List;

/**
 * Errors and warnings met while reading an export, in French with their location. Past a few
 * hundred, only their number is kept: a broken file of 100,000 pupils must not flood the screen.
 */
final class Problems {

    static final int MAX_KEPT = 200;

    private final List<ExchangeMessage> errors = new ArrayList<>();
    private final List<ExchangeMessage> warnings = new ArrayList<>();
    private int moreErrors;
    private int moreWarnings;

    void error(String location, String key, Object... arguments) {
        if (errors.size() < MAX_KEPT) errors.add(ExchangeMessage.error(Texts.get(key, arguments), location));
        else moreErrors++;
    }

    void warning(String location, String key, Object... arguments) {
        if (warnings.size() < MAX_KEPT) warnings.add(ExchangeMessage.warning(Texts.get(key, arguments), location));
        else moreWarnings++;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    int errorCount() {
        return errors.size() + moreErrors;
    }

    int warningCount() {
        return warnings.size() + moreWarnings;
    }

    List<ExchangeMessage> errors() {
        List<ExchangeMessage> all = new ArrayList<>(errors);
        if (moreErrors > 0) all.add(ExchangeMessage.error(Texts.get("siecle.error.more", moreErrors), null));
        return all;
    }

    List<ExchangeMessage> warnings() {
        List<ExchangeMessage> all = new ArrayList<>(warnings);
        if (moreWarnings > 0) all.add(ExchangeMessage.warning(Texts.get("siecle.warning.more", moreWarnings), null));
        return all;
    }
}
