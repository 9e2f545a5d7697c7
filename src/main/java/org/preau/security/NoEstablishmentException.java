package org.preau.security;

import org.springframework.security.access.AccessDeniedException;

/** The signed-in person serves no establishment, so establishment data cannot be reached. */
public class NoEstablishmentException extends AccessDeniedException {
    public NoEstablishmentException(String username) {
        super("User " + username + " serves no establishment");
    }
}
