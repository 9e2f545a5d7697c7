package org.preau.establishment;

/** The two images an establishment puts on its printed forms. */
public enum ImageKind {
    LOGO, CACHET
}
