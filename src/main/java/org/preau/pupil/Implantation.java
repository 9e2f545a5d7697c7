package org.preau.pupil;

/** One site of the school, with its own FASE implantation number (may be unknown). */
public record Implantation(long id, String name, String fase) {
}
