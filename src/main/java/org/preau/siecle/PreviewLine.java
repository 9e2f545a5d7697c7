package org.preau.siecle;

/**
 * One line of a preview list: a pupil (or a MEF) with what happens to it.
 *
 * @param key      INE (or ELEVE_ID) of a pupil, code of a MEF
 * @param name     the pupil's name, or the MEF's label
 * @param division the pupil's division after the import (before, for a leaver), or null
 * @param detail   what changes, in French, or null
 */
public record PreviewLine(String key, String name, String division, String detail) {
}
