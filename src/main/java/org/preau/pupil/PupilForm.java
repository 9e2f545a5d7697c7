package org.preau.pupil;

import java.time.LocalDate;

/** The checks of a pupil typed in a form: the same rules as a CSV line, each refusal naming its field. */
final class PupilForm {

    private PupilForm() {
    }

    static PupilInput check(PupilInput in) {
        if (in == null) throw new InvalidPupilException(null, "pupil.error.empty");
        String nom = required(in.nom(), "nom", 100, "pupil.error.required.nom");
        String prenom = required(in.prenom(), "prenom", 100, "pupil.error.required.prenom");
        if (in.sexe() != null && !in.sexe().matches("[MF]")) throw new InvalidPupilException("sexe", "pupil.csv.error.sexe", in.sexe());
        if (in.dateNaissance() == null) throw new InvalidPupilException("naissance", "pupil.error.required.naissance");
        String niss = null;
        if (in.niss() != null && !in.niss().isBlank()) {
            niss = Niss.digits(in.niss()).orElseThrow(() -> new InvalidPupilException("niss", "pupil.error.niss.format", in.niss()));
            if (!Niss.valid(niss)) throw new InvalidPupilException("niss", "pupil.error.niss.key", in.niss());
        }
        String implantation = required(in.implantation(), "implantation", 100, "pupil.error.required.implantation");
        String fase = optional(in.implantationFase(), "fase", 10);
        if (fase != null && !fase.matches("[0-9]+")) throw new InvalidPupilException("fase", "pupil.error.fase", fase);
        if (in.level() == null) throw new InvalidPupilException("niveau", "pupil.error.required.niveau");
        if (in.ceb() != null && in.level() != SchoolLevel.P6) throw new InvalidPupilException("ceb", "pupil.error.cebNotP6", in.level().name());
        LocalDate entree = in.entree();
        LocalDate sortie = in.sortie();
        if (entree != null && sortie != null && sortie.isBefore(entree)) throw new InvalidPupilException("sortie", "pupil.error.exitBeforeEntry");
        if (entree != null && !in.dateNaissance().isBefore(entree)) throw new InvalidPupilException("naissance", "pupil.error.birthAfterEntry");
        if (in.motif() != null && sortie == null) throw new InvalidPupilException("motif", "pupil.error.reasonWithoutExit");
        return new PupilInput(nom, prenom, in.sexe(), in.dateNaissance(), optional(in.lieuNaissance(), "lieu", 100),
                optional(in.nationalite(), "nationalite", 60), niss, optional(in.numero(), "numero", 30), implantation, fase,
                in.level(), optional(in.classe(), "classe", 40), entree, sortie,
                sortie != null && in.motif() == null ? LeaveReason.AUTRE : in.motif(), in.ceb());
    }

    private static String required(String value, String field, int max, String messageKey) {
        String v = optional(value, field, max);
        if (v == null) throw new InvalidPupilException(field, messageKey);
        return v;
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        if (v.length() > max) throw new InvalidPupilException(field, "pupil.error.tooLong", max);
        return v;
    }
}
