package org.preau.learner;

/**
 * A MEF (module élémentaire de formation) of the establishment's nomenclature: the formation
 * (level, such as "2NDE GT") and the diploma it prepares, named by its own label or by the MEF
 * it is attached to.
 */
public record MefView(String codeMef, String formation, String libelleLong, String libelleEdition,
                      String mefRattachement, String codeMefstat) {

    /** The label to show: the edition label (mixed case) when present, else the long one. */
    public String label() {
        if (libelleEdition != null && !libelleEdition.isBlank()) return libelleEdition;
        if (libelleLong != null && !libelleLong.isBlank()) return libelleLong;
        return codeMef;
    }

    /** The MEF that stands for the diploma: the attachment MEF when there is one. */
    public String diplomaCode() {
        return mefRattachement == null || mefRattachement.isBlank() ? codeMef : mefRattachement;
    }
}
