package org.preau.security;

import java.util.Collection;
import java.util.List;

/**
 * Turns establishment codes (UAI or FASE), as an identity provider lists them in a token, into
 * establishment ids. The establishment feature implements it; security only asks.
 */
public interface EtablissementDirectory {

    /** Ids of the known establishments among these codes, in a stable order; unknown codes are left out. */
    List<Long> idsForCodes(Collection<String> codes);

    /** Ids of every establishment of the instance (the first director of a fresh instance serves them all by default). */
    List<Long> allIds();
}
