package org.preau.segec;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The SeGEC tables: consents, account states, the transfer consent and the form-signing key. */
@Repository
class SegecStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    SegecStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, SegecConsent> consents(long establishmentId, long schoolYearId) {
        Map<Long, SegecConsent> map = new HashMap<>();
        jdbc.query("select staff_member_id, recorded_at, recorded_by, source from segec_consent where establishment_id = ? and school_year_id = ?",
                rs -> {
                    map.put(rs.getLong(1), new SegecConsent(rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4)));
                }, establishmentId, schoolYearId);
        return map;
    }

    /** Records a consent unless one is there (the first recording keeps its date and author); true when added. */
    boolean recordConsent(long establishmentId, long staffId, long schoolYearId, Instant at, String by, String source) {
        return jdbc.update("insert ignore into segec_consent (staff_member_id, school_year_id, establishment_id, recorded_at, recorded_by, source) "
                + "values (?, ?, ?, ?, ?, ?)", staffId, schoolYearId, establishmentId, Timestamp.from(at), by, source) > 0;
    }

    void withdrawConsent(long establishmentId, long staffId, long schoolYearId) {
        jdbc.update("delete from segec_consent where establishment_id = ? and staff_member_id = ? and school_year_id = ?",
                establishmentId, staffId, schoolYearId);
    }

    Map<Long, SegecAccount> accounts(long establishmentId, long schoolYearId) {
        Map<Long, SegecAccount> map = new HashMap<>();
        jdbc.query("select staff_member_id, state, account_id, reason, updated_at from segec_account where establishment_id = ? and school_year_id = ?",
                rs -> {
                    map.put(rs.getLong(1), new SegecAccount(SegecAccount.State.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getTimestamp(5).toInstant()));
                }, establishmentId, schoolYearId);
        return map;
    }

    /**
     * The member's account waits for the answer to this send: a new request replaces the one it
     * waited for, so that a late answer to an older send is not taken for the state of the account.
     * {@code showPending}: the account reads "en attente" meanwhile (an activation, a deactivation);
     * the scheduled extranet transfer leaves the state shown as it is until the answer.
     */
    void awaitAnswer(long establishmentId, long staffId, long schoolYearId, UUID deliveryId, boolean showPending, Instant at) {
        jdbc.update("insert into segec_account (staff_member_id, school_year_id, establishment_id, state, account_id, reason, updated_at, "
                        + "delivery_id) values (?, ?, ?, 'PENDING', null, null, ?, ?) on duplicate key update "
                        + (showPending ? "state = 'PENDING', reason = null, updated_at = values(updated_at), " : "")
                        + "delivery_id = values(delivery_id)",
                staffId, schoolYearId, establishmentId, Timestamp.from(at), deliveryId.toString());
    }

    /**
     * The peer's answer to a send, kept only while the account still waits for that send (or for a
     * send made before sends were remembered): a late answer to an older request never overwrites
     * the answer to a newer one, whatever order the two arrive in.
     */
    void answer(long establishmentId, long staffId, long schoolYearId, UUID deliveryId, SegecAccount.State state, String accountId,
                String reason, Instant at) {
        String awaited = "(delivery_id is null or delivery_id = values(delivery_id))";
        jdbc.update("insert into segec_account (staff_member_id, school_year_id, establishment_id, state, account_id, reason, updated_at, "
                        + "delivery_id) values (?, ?, ?, ?, ?, ?, ?, ?) on duplicate key update "
                        + "state = if(" + awaited + ", values(state), state), "
                        + "account_id = if(" + awaited + ", coalesce(values(account_id), account_id), account_id), "
                        + "reason = if(" + awaited + ", values(reason), reason), "
                        + "updated_at = if(" + awaited + ", values(updated_at), updated_at)",
                staffId, schoolYearId, establishmentId, state.name(), accountId, reason, Timestamp.from(at), deliveryId.toString());
    }

    /** Notes that these members' forms were printed this year (the latest print counts). */
    void recordPrinted(long establishmentId, long schoolYearId, java.util.Collection<Long> staffIds, Instant at, String by) {
        jdbc.batchUpdate("insert into segec_form_printed (staff_member_id, school_year_id, establishment_id, printed_at, printed_by) "
                        + "values (?, ?, ?, ?, ?) on duplicate key update printed_at = values(printed_at), printed_by = values(printed_by)",
                staffIds.stream().map(id -> new Object[] {id, schoolYearId, establishmentId, java.sql.Timestamp.from(at), by}).toList());
    }

    /** The members whose form was printed this year. */
    java.util.Set<Long> printed(long establishmentId, long schoolYearId) {
        return new java.util.HashSet<>(jdbc.queryForList("select staff_member_id from segec_form_printed where establishment_id = ? and school_year_id = ?",
                Long.class, establishmentId, schoolYearId));
    }

    Optional<TransferConsent> transferConsent(long establishmentId) {
        return jdbc.query("select consented, decided_at, decided_by from segec_transfer_consent where establishment_id = ?",
                (rs, i) -> new TransferConsent(rs.getBoolean(1), rs.getTimestamp(2).toInstant(), rs.getString(3)), establishmentId)
                .stream().findFirst();
    }

    void saveTransferConsent(long establishmentId, boolean consented, Instant at, String by) {
        jdbc.update("insert into segec_transfer_consent (establishment_id, consented, decided_at, decided_by) values (?, ?, ?, ?) "
                        + "on duplicate key update consented = values(consented), decided_at = values(decided_at), decided_by = values(decided_by)",
                establishmentId, consented, Timestamp.from(at), by);
    }

    List<Long> establishmentsWithTransferConsent() {
        return jdbc.queryForList("select establishment_id from segec_transfer_consent where consented", Long.class);
    }

    /**
     * The school year in progress of an establishment, for scheduled work that has no user to ask
     * {@code SchoolYearService}: the same rule as its "current" year without a user's choice.
     */
    Optional<Long> yearInProgress(long establishmentId) {
        return jdbc.queryForList("select id from school_year where establishment_id = ? and state = 'EN_COURS' order by start_year desc",
                Long.class, establishmentId).stream().findFirst();
    }

    int yearStart(long establishmentId, long schoolYearId) {
        return jdbc.queryForObject("select start_year from school_year where id = ? and establishment_id = ?", Integer.class,
                schoolYearId, establishmentId);
    }

    /** The establishment's secret for signing form QR codes, created on first use. */
    byte[] formKey(long establishmentId) {
        List<byte[]> found = jdbc.queryForList("select secret from segec_form_key where establishment_id = ?", byte[].class, establishmentId);
        if (!found.isEmpty()) return found.getFirst();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        jdbc.update("insert ignore into segec_form_key (establishment_id, secret) values (?, ?)", establishmentId, secret);
        return jdbc.queryForObject("select secret from segec_form_key where establishment_id = ?", byte[].class, establishmentId);
    }

    record TransferConsent(boolean consented, Instant decidedAt, String decidedBy) {
    }
}
