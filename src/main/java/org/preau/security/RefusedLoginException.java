package org.preau.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import java.io.Serial;

/**
 * Keycloak authenticated the person, but Préau refuses them: they serve no establishment that
 * Préau knows, or hold none of its roles. Carries the ID token so that the refusal page can
 * end the Keycloak session too (another person may then sign in on the same browser).
 */
final class RefusedLoginException extends OAuth2AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why the sign-in was refused; the code travels in the refusal page's URL. */
    enum Reason {
        NO_ESTABLISHMENT("etablissement"), NO_ROLE("role"), FAILED("echec");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private final Reason reason;
    private final transient String idTokenValue;

    RefusedLoginException(Reason reason, String username, String idTokenValue) {
        super(new OAuth2Error("preau_" + reason.name().toLowerCase(java.util.Locale.ROOT)),
                "Sign-in refused for '" + username + "': " + reason);
        this.reason = reason;
        this.idTokenValue = idTokenValue;
    }

    Reason reason() {
        return reason;
    }

    String idTokenValue() {
        return idTokenValue;
    }
}
