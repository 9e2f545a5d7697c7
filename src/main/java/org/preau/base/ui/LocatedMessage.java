package org.preau.base.ui;

/**
 * One French message about a file and where it points ("ligne 12, colonne 3"), or a null
 * location when it is about the whole file.
 */
public record LocatedMessage(String text, String location) {
}
