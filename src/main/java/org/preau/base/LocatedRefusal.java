package org.preau.base;

/**
 * An exception that refuses a user's file or input with a French message and, when it points
 * somewhere, where (line, column, element). The upload component shows both without knowing the
 * feature that threw it.
 */
public interface LocatedRefusal {

    /** The French message: what is wrong. */
    String getMessage();

    /** Where in the file ("ligne 12, colonne 3"), or null when the refusal is about the whole file. */
    String location();
}
