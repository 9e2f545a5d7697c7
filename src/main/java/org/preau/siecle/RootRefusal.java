package org.preau.siecle;

import org.preau.base.Texts;

/** A file whose root is not the one expected: say which export it looks like. */
final class RootRefusal {

    private RootRefusal() {
    }

    static ImportRefusedException of(ImportKind expected, String root, int line) {
        String hint = switch (root) {
            case "BEE_ELEVES" -> Texts.get("siecle.hint.bee");
            case "BEE_NOMENCLATURES" -> Texts.get("siecle.hint.nomenclature");
            case "BEE_RESPONSABLES" -> Texts.get("siecle.hint.responsables");
            case "STS_EDT" -> Texts.get("siecle.hint.sts");
            case "EDT_STS" -> Texts.get("siecle.hint.edt");
            default -> "";
        };
        return new ImportRefusedException(Texts.get("siecle.location.root", line), "siecle.error.root",
                root, expected.root(), Texts.get(expected.translationKey()), hint);
    }
}
