package org.preau.staff.ui;

import com.vaadin.flow.component.Component;

/** French labels of staff codes; an uncommon function code shows as itself. */
final class StaffTexts {

    private StaffTexts() {
    }

    static String civilite(Component component, String code) {
        return code == null ? "" : component.getTranslation(prefixed("staff.civilite.", code));
    }

    static String sexe(Component component, String code) {
        return code == null ? "" : component.getTranslation(prefixed("staff.sexe.", code));
    }

    /** Where the record comes from: STS-WEB (epp, local) or a school's CSV, with its identifier there. */
    static String source(Component component, String externalType, String externalId) {
        return component.getTranslation(prefixed("staffPage.source.", externalType), externalId);
    }

    private static String prefixed(String prefix, String code) {
        return prefix + code;
    }

    static String function(Component component, String code) {
        String key = "staff.function." + code;
        String label = component.getTranslation(key);
        return label == null || label.contains(key) ? code : label + " (" + code + ")";
    }

    /** The STS grade ("CERTIFIE") as people say it ("Professeur certifié"); an unknown grade as written. */
    static String grade(Component component, String grade) {
        String key = "staff.grade." + grade.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        String label = component.getTranslation(key);
        return label == null || label.contains(key) ? grade : label;
    }
}
