package org.preau.security;

import org.springframework.security.access.AccessDeniedException;

/** The signed-in person serves no establishment, so establishment data cannot be reached. */
class NoEtablissementException extends AccessDeniedException {
    public NoEtablissementException(String username) {
        super("User " + username + " serves no establishment");
    }
}
