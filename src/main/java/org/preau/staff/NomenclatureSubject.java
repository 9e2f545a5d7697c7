package org.preau.staff;

/** A subject (matière) of the SIECLE nomenclature: its code (020100) and its names. */
public record NomenclatureSubject(String code, String codeGestion, String libelleCourt, String libelleLong, String libelleEdition) {

    /** The name to show: the edition label (mixed case) when present, else the long, then the short one. */
    public String label() {
        if (libelleEdition != null && !libelleEdition.isBlank()) return libelleEdition;
        if (libelleLong != null && !libelleLong.isBlank()) return libelleLong;
        if (libelleCourt != null && !libelleCourt.isBlank()) return libelleCourt;
        return code;
    }
}
