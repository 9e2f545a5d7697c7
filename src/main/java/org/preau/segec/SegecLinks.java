package org.preau.segec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The seed's three SeGEC help pages, shown on the activation and transfer pages. Addresses are
 * configuration ({@code preau.segec.links.*}): the federation moves its pages now and then.
 */
@Component
public class SegecLinks {

    private final String salleDesProfs;
    private final String accounts;
    private final String faq;

    SegecLinks(@Value("${preau.segec.links.salle-des-profs:https://www.salle-des-profs.be/}") String salleDesProfs,
               @Value("${preau.segec.links.accounts:https://extranet.segec.be/}") String accounts,
               @Value("${preau.segec.links.faq:https://extranet.segec.be/faq}") String faq) {
        this.salleDesProfs = salleDesProfs;
        this.accounts = accounts;
        this.faq = faq;
    }

    /** www.salle-des-profs.be */
    public String salleDesProfs() {
        return salleDesProfs;
    }

    /** "Gestion des comptes de l'école dans l'Extranet SeGEC". */
    public String accounts() {
        return accounts;
    }

    /** "FAQ de l'Extranet SeGEC". */
    public String faq() {
        return faq;
    }
}
