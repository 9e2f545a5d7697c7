package org.preau.security;

/** States of a local account, shown in French by {@link #translationKey()}. */
public enum AccountState {
    ACTIVE, NEVER_SIGNED_IN, MUST_CHANGE_PASSWORD, LOCKED, DISABLED;

    public String translationKey() {
        return "accounts.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
