package org.preau.establishment;

/** What the layout shows of an establishment: its name and code (UAI or FASE). */
public record EtablissementSummary(long id, String name, SchoolSystem schoolSystem, String code) {
}
