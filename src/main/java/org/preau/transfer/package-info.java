/**
 * Learner data transfers: when a learner leaves an establishment for another, their records
 * (bilans, fiches, évaluations) follow, with their authors and dates, marked as received from the
 * source establishment. Automatic between two SIECLE establishments whose transfers are on (the
 * daily job matches a deactivation with an arrival of the same INE); manual, with a recorded
 * consent, towards an establishment without SIECLE. Within one instance a transfer is a copy in the
 * database; towards another Préau it is a {@code POST /api/v1/learner-transfers} through the peer
 * outbox, the address coming from the directory of UAIs in the configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transferts")
package org.preau.transfer;
