package org.preau.segec;

import org.preau.base.LeaverScrub;
import org.preau.base.PersonTraces;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SeGEC module's part of the retention job. A staff leaver is kept while the extranet may
 * still hold their account (the latest known state is not deactivated, refused or failed: the
 * next send must deactivate it first), and while their SeGEC consent is needed as proof: for N
 * years after it was recorded or after the account's last change (its deactivation), the same
 * period as the scrub. The scrub clears the extranet's account id and its messages; the consent
 * rows (year, date, who recorded it, how), the account states and the forms printed stay: they
 * name nobody once the staff record is scrubbed, and say what was done each year.
 */
@Component
public class SegecRetention implements LeaverScrub {

    /** Why a staff member is kept for now. */
    public enum Hold { SEGEC_ACCOUNT_ACTIVE, SEGEC_CONSENT_PROOF }

    private final JdbcTemplate jdbc;

    SegecRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Of these staff members of the establishment, those that must be kept for now, and why. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Long, Hold> held(long establishmentId, Collection<Long> staffIds, Instant proofCutoff) {
        Map<Long, Hold> held = new LinkedHashMap<>();
        if (staffIds.isEmpty()) return held;
        List<Long> ids = List.copyOf(staffIds);
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        Object[] args = new Object[ids.size() + 1];
        args[0] = establishmentId;
        for (int i = 0; i < ids.size(); i++) args[i + 1] = ids.get(i);
        List<String> inactive = List.of(SegecAccount.State.DEACTIVATED.name(), SegecAccount.State.REJECTED.name(),
                SegecAccount.State.FAILED.name());
        jdbc.query("""
                select a.staff_member_id, a.state, a.updated_at from segec_account a join school_year y on y.id = a.school_year_id
                where a.establishment_id = ? and a.staff_member_id in (%s)
                  and y.start_year = (select max(y2.start_year) from segec_account a2 join school_year y2 on y2.id = a2.school_year_id
                                      where a2.staff_member_id = a.staff_member_id)""".formatted(marks), rs -> {
            if (!inactive.contains(rs.getString(2))) held.put(rs.getLong(1), Hold.SEGEC_ACCOUNT_ACTIVE);
            else if (!rs.getTimestamp(3).toInstant().isBefore(proofCutoff)) held.putIfAbsent(rs.getLong(1), Hold.SEGEC_CONSENT_PROOF);
        }, args);
        Object[] proofArgs = new Object[args.length + 1];
        System.arraycopy(args, 0, proofArgs, 0, args.length);
        proofArgs[args.length] = Timestamp.from(proofCutoff);
        jdbc.query("""
                select distinct staff_member_id from segec_consent
                where establishment_id = ? and staff_member_id in (%s) and recorded_at >= ?""".formatted(marks),
                rs -> {
                    held.putIfAbsent(rs.getLong(1), Hold.SEGEC_CONSENT_PROOF);
                }, proofArgs);
        return held;
    }

    @Override
    public Map<String, Integer> scrub(long establishmentId, Collection<PersonTraces> people) {
        return Map.of();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> scrubStaff(long establishmentId, Collection<PersonTraces> staff) {
        int rows = 0;
        for (PersonTraces p : staff) {
            rows += jdbc.update("""
                    update segec_account set account_id = null, reason = null
                    where establishment_id = ? and staff_member_id = ? and (account_id is not null or reason is not null)""",
                    establishmentId, p.id());
        }
        Map<String, Integer> changed = new LinkedHashMap<>();
        if (rows > 0) changed.put("segec_account", rows);
        return changed;
    }
}
