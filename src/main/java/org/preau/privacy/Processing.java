package org.preau.privacy;

import java.util.List;

/**
 * One processing of the register (Registre des traitements), already in French.
 *
 * @param key        IMPORTS, TRANSFERS, SEGEC, MIROIR, INSPECTION, MAIL, RECORDS or JOURNAL
 * @param recipients who receives the data outside the establishment, by name and address (from the configuration)
 * @param retention  the retention in force (from the establishment's settings)
 */
public record Processing(String key, String name, String purpose, String legalBasis, String dataCategories, List<Recipient> recipients,
                         String retention) {

    /** @param url where it is reached, or null (a person, a role) */
    public record Recipient(String name, String url) {
    }
}
