package org.preau.transfer;

import org.preau.base.LeaverScrub;
import org.preau.base.PersonTraces;
import org.preau.base.Texts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transfer module's part of the retention job. It says which learners must not be scrubbed
 * yet: a transfer still to be made, or a signed consent still needed as proof (its transfer
 * delivered or withdrawn less than the retention period ago: the same period as the data it
 * allowed to leave). It scrubs the rest: the name and INE copied on the transfer, the names of
 * those who signed and the scanned form; the departure/arrival marks of the daily matching go.
 */
@Component
public class TransferRetention implements LeaverScrub {

    /** Why a learner is kept for now. */
    public enum Hold { RUNNING_TRANSFER, CONSENT_PROOF }

    private final JdbcTemplate jdbc;

    TransferRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Of these learners of the establishment, those that must be kept for now, and why. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Long, Hold> held(long establishmentId, Collection<Long> learnerIds, Instant proofCutoff) {
        Map<Long, Hold> held = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(learnerIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            Object[] args = new Object[chunk.size() + 2];
            args[0] = establishmentId;
            args[1] = Timestamp.from(proofCutoff);
            for (int i = 0; i < chunk.size(); i++) args[i + 2] = chunk.get(i);
            jdbc.query("""
                    select learner_id,
                           case when status <> 'DELIVERED' and consent_withdrawn_at is null then 'RUNNING_TRANSFER' else 'CONSENT_PROOF' end
                    from learner_transfer
                    where establishment_id = ?
                      and ((status <> 'DELIVERED' and consent_withdrawn_at is null)
                           or (mode = 'MANUAL' and greatest(coalesce(delivered_at, updated_at), coalesce(consent_withdrawn_at, updated_at)) >= ?))
                      and learner_id in (""" + marks + ")", rs -> {
                Hold hold = Hold.valueOf(rs.getString(2));
                held.merge(rs.getLong(1), hold, (a, b) -> a == Hold.RUNNING_TRANSFER ? a : b);
            }, args);
        }
        return held;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> scrub(long establishmentId, Collection<PersonTraces> people) {
        int transfers = 0;
        int candidates = 0;
        for (PersonTraces p : people) {
            transfers += jdbc.update("""
                    update learner_transfer set learner_name = ?, ine = '', consent_giver_names = null, consent_form = null,
                           consent_form_type = null, reason = null
                    where establishment_id = ? and learner_id = ?""",
                    Texts.get("learner.scrubbed.nom") + " " + Texts.get("learner.scrubbed.prenom", p.id()), establishmentId, p.id());
            candidates += jdbc.update("delete from transfer_candidate where establishment_id = ? and learner_id = ?", establishmentId, p.id());
        }
        Map<String, Integer> changed = new LinkedHashMap<>();
        if (transfers > 0) changed.put("learner_transfer", transfers);
        if (candidates > 0) changed.put("transfer_candidate", candidates);
        return changed;
    }
}
