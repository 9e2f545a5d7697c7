package org.preau.privacy;

import org.preau.base.TranslatedException;

/** A retention period outside what Préau accepts; the message says which field and the bounds. */
public class RetentionRefusedException extends TranslatedException {

    private final String field;

    RetentionRefusedException(String field, int min, int max) {
        super("privacy.retention.refused." + field, min, max);
        this.field = field;
    }

    /** leaverYears, originalMonths or auditYears: where the screen shows the message. */
    public String field() {
        return field;
    }
}
