package org.preau.transfer;

import org.preau.base.StagedRows;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The transfer tables, in plain SQL. */
@Repository
class TransferStore {

    /** A LEFT candidate matched with an ARRIVED one of the same INE in another establishment. */
    record Match(long sourceEstablishmentId, long sourceLearnerId, String ine, long destinationEstablishmentId,
                 long destinationLearnerId) {
    }

    /** One row of {@code learner_transfer}, with what delivering it needs. */
    record Row(long id, long establishmentId, long learnerId, String ine, String learnerName, String destinationUai,
               Long destinationEstablishmentId, TransferMode mode, TransferStatus status, String reason, int attempts,
               LocalDate consentDate, ConsentGiver consentGiver, String consentGiverNames, String consentRecordedBy,
               boolean hasConsentForm, Long exchangeId, Integer recordsSent, Instant createdAt, Instant deliveredAt,
               String destinationInstance) {
    }

    private static final String COLUMNS = """
            select id, establishment_id, learner_id, ine, learner_name, destination_uai, destination_establishment_id, mode,
                   status, reason, attempts, consent_date, consent_given_by, consent_giver_names, consent_recorded_by,
                   consent_form is not null, exchange_id, records_sent, created_at, delivered_at, destination_instance
            from learner_transfer""";

    private static final RowMapper<Row> ROW = (rs, i) -> {
        java.sql.Date consent = rs.getDate(12);
        String giver = rs.getString(13);
        Timestamp delivered = rs.getTimestamp(20);
        return new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getObject(7, Long.class), TransferMode.valueOf(rs.getString(8)), TransferStatus.valueOf(rs.getString(9)),
                rs.getString(10), rs.getInt(11), consent == null ? null : consent.toLocalDate(),
                giver == null ? null : ConsentGiver.valueOf(giver), rs.getString(14), rs.getString(15), rs.getBoolean(16),
                rs.getObject(17, Long.class), rs.getObject(18, Integer.class), rs.getTimestamp(19).toInstant(),
                delivered == null ? null : delivered.toInstant(), rs.getString(21));
    };

    private final JdbcTemplate jdbc;

    TransferStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Candidate(long establishmentId, long learnerId, String ine, String movement, String ineHash, String hashKey) {
    }

    /**
     * Many candidates in one statement (an import of 100,000 pupils records as many): loaded into a
     * temporary table, then one {@code INSERT IGNORE … SELECT}: 0.6 times the time of multi-row
     * statements of 1,000 for 100,000 candidates.
     */
    void candidates(List<Candidate> candidates, Instant at) {
        if (candidates.isEmpty()) return;
        StagedRows.load(jdbc, "transfer_candidate_stage", """
                        establishment_id BIGINT NOT NULL, learner_id BIGINT NOT NULL, ine VARCHAR(20) NOT NULL, movement VARCHAR(10) NOT NULL,
                        ine_hash CHAR(64) NULL, hash_key CHAR(8) NULL""",
                "establishment_id, learner_id, ine, movement, ine_hash, hash_key", candidates,
                c -> new Object[]{c.establishmentId(), c.learnerId(), c.ine(), c.movement(), c.ineHash(), c.hashKey()});
        jdbc.update("""
                insert ignore into transfer_candidate (establishment_id, learner_id, ine, movement, recorded_at, ine_hash, hash_key)
                select establishment_id, learner_id, ine, movement, ?, ine_hash, hash_key from transfer_candidate_stage order by n""",
                Timestamp.from(at));
    }

    /**
     * Departures not transferred yet, each with the newest arrival of the same INE in another
     * establishment (the later id when two arrived at the same instant). A window over the join,
     * not a correlated {@code NOT EXISTS}: right after an import the table's statistics are stale
     * and MariaDB then ran that subquery as a full scan per row (5 to 9 s for 1,000 departures
     * among 8,000 candidates, against 10 ms this way).
     */
    List<Match> unmatchedDepartures() {
        return jdbc.query("""
                select establishment_id, learner_id, ine, arrival_establishment_id, arrival_learner_id from (
                    select d.id, d.establishment_id, d.learner_id, d.ine,
                           a.establishment_id as arrival_establishment_id, a.learner_id as arrival_learner_id,
                           row_number() over (partition by d.id order by a.recorded_at desc, a.id desc) as newest
                    from transfer_candidate d
                    join transfer_candidate a on a.ine = d.ine and a.movement = 'ARRIVED' and a.establishment_id <> d.establishment_id
                    where d.movement = 'LEFT'
                      and not exists (select 1 from learner_transfer t where t.learner_id = d.learner_id)) m
                where newest = 1
                order by id""", (rs, i) -> new Match(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
    }

    /** A departure (LEFT) whose INE has that keyed hash. */
    record Departure(long establishmentId, long learnerId, String ine) {
    }

    /** Departures whose INE hash is missing or made with another secret: (candidate id, INE). */
    List<Object[]> unhashedDepartures(String keyId) {
        return jdbc.query("select id, ine from transfer_candidate where movement = 'LEFT' and (hash_key is null or hash_key <> ?)",
                (rs, i) -> new Object[]{rs.getLong(1), rs.getString(2)}, keyId);
    }

    void hashed(List<Object[]> idAndHash, String keyId) {
        jdbc.batchUpdate("update transfer_candidate set ine_hash = ?, hash_key = ? where id = ?",
                idAndHash.stream().map(r -> new Object[]{r[1], keyId, r[0]}).toList());
    }

    List<Departure> departuresByHash(String hash, String keyId) {
        return jdbc.query("select establishment_id, learner_id, ine from transfer_candidate where ine_hash = ? and hash_key = ? "
                + "and movement = 'LEFT' order by id", (rs, i) -> new Departure(rs.getLong(1), rs.getLong(2), rs.getString(3)), hash, keyId);
    }

    /** Whether a SIECLE import ever brought arrivals there: the establishment uses SIECLE, its learners move automatically. */
    boolean usesSiecle(long establishmentId) {
        return !jdbc.queryForList("select 1 from transfer_candidate where establishment_id = ? and movement = 'ARRIVED' limit 1",
                Integer.class, establishmentId).isEmpty();
    }

    /** Inserts a transfer; empty when the learner already has one (a learner's data leave once). */
    Optional<Long> insert(long establishmentId, long learnerId, String ine, String learnerName, String destinationUai,
                          Long destinationEstablishmentId, TransferMode mode, LocalDate consentDate, ConsentGiver giver,
                          String giverNames, String recordedBy, byte[] consentForm, String consentFormType, String destinationInstance,
                          Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.update(c -> {
                PreparedStatement s = c.prepareStatement("""
                        insert into learner_transfer (establishment_id, learner_id, ine, learner_name, destination_uai,
                            destination_establishment_id, mode, status, consent_kind, consent_date, consent_given_by,
                            consent_giver_names, consent_recorded_by, consent_form, consent_form_type, created_at, updated_at,
                            destination_instance)
                        values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
                s.setLong(1, establishmentId);
                s.setLong(2, learnerId);
                s.setString(3, ine);
                s.setString(4, learnerName);
                s.setString(5, destinationUai);
                s.setObject(6, destinationEstablishmentId);
                s.setString(7, mode.name());
                s.setString(8, mode.consentKind());
                s.setObject(9, consentDate == null ? null : java.sql.Date.valueOf(consentDate));
                s.setString(10, giver == null ? null : giver.name());
                s.setString(11, giverNames);
                s.setString(12, recordedBy);
                s.setBytes(13, consentForm);
                s.setString(14, consentFormType);
                s.setTimestamp(15, Timestamp.from(now));
                s.setTimestamp(16, Timestamp.from(now));
                s.setString(17, destinationInstance);
                return s;
            }, key);
        } catch (DuplicateKeyException alreadyTransferred) {
            return Optional.empty();
        }
        return Optional.of(key.getKey().longValue());
    }

    /** One automatic transfer of a batch (no consent form: the SIECLE movements are the ground). */
    record NewAutomatic(long establishmentId, long learnerId, String ine, String learnerName, String destinationUai,
                        long destinationEstablishmentId) {
    }

    /**
     * Inserts automatic transfers in one statement; returns the id of each inserted one by learner id.
     * A learner who already has a transfer is left out (a learner's data leave once).
     */
    Map<Long, Long> insertAutomatic(List<NewAutomatic> transfers, Instant now) {
        Map<Long, Long> ids = new HashMap<>();
        if (transfers.isEmpty()) return ids;
        Timestamp at = Timestamp.from(now);
        List<Object> args = new ArrayList<>(transfers.size() * 10);
        for (NewAutomatic t : transfers) {
            args.addAll(Arrays.asList(t.establishmentId(), t.learnerId(), t.ine(), t.learnerName(), t.destinationUai(),
                    t.destinationEstablishmentId(), TransferMode.AUTOMATIC.name(), TransferMode.AUTOMATIC.consentKind(), at, at));
        }
        jdbc.query("insert ignore into learner_transfer (establishment_id, learner_id, ine, learner_name, destination_uai, "
                        + "destination_establishment_id, mode, status, consent_kind, created_at, updated_at) values "
                        + String.join(", ", Collections.nCopies(transfers.size(), "(?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)"))
                        + " returning id, learner_id",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> ids.put(rs.getLong(2), rs.getLong(1)), args.toArray());
        return ids;
    }

    /** Links transfers with their lines in the exchange history, in one statement. */
    void exchanges(Map<Long, Long> exchangeByTransfer) {
        if (exchangeByTransfer.isEmpty()) return;
        List<Object> args = new ArrayList<>(exchangeByTransfer.size() * 3);
        exchangeByTransfer.forEach((transfer, exchange) -> {
            args.add(transfer);
            args.add(exchange);
        });
        args.addAll(exchangeByTransfer.keySet());
        jdbc.update("update learner_transfer set exchange_id = case id "
                + String.join(" ", Collections.nCopies(exchangeByTransfer.size(), "when ? then ?")) + " end where id in ("
                + String.join(", ", Collections.nCopies(exchangeByTransfer.size(), "?")) + ")", args.toArray());
    }

    void exchange(long transferId, long exchangeId) {
        jdbc.update("update learner_transfer set exchange_id = ? where id = ?", exchangeId, transferId);
    }

    Optional<Row> find(long id) {
        return jdbc.query(COLUMNS + " where id = ?", ROW, id).stream().findFirst();
    }

    /**
     * The rows of these ids, locked until the end of the transaction (two runs never deliver one both),
     * in id order. A withdrawn consent closes the transfer for good: such a row is never attempted again.
     */
    List<Row> lockAll(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.query(COLUMNS + " where id in (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?"))
                + ") and consent_withdrawn_at is null order by id for update", ROW, ids.toArray());
    }

    Optional<Row> ofLearner(long establishmentId, long learnerId) {
        return jdbc.query(COLUMNS + " where establishment_id = ? and learner_id = ?", ROW, establishmentId, learnerId).stream().findFirst();
    }

    List<Long> pending() {
        return jdbc.queryForList("select id from learner_transfer where status = 'PENDING' and consent_withdrawn_at is null order by id",
                Long.class);
    }

    /** Marks the consent of a transfer of that establishment withdrawn; false when there is none or it already was. */
    boolean withdrawConsent(long establishmentId, long transferId, String by, Instant at) {
        return jdbc.update("update learner_transfer set consent_withdrawn_at = ?, consent_withdrawn_by = ?, updated_at = ? "
                + "where id = ? and establishment_id = ? and consent_withdrawn_at is null", Timestamp.from(at), by, Timestamp.from(at),
                transferId, establishmentId) == 1;
    }

    /** When and by whom each withdrawn transfer consent of the establishment was withdrawn. */
    List<ConsentWithdrawal> withdrawals(long establishmentId) {
        return jdbc.query("select id, consent_withdrawn_at, consent_withdrawn_by from learner_transfer "
                        + "where establishment_id = ? and consent_withdrawn_at is not null",
                (rs, i) -> new ConsentWithdrawal(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3)), establishmentId);
    }

    List<Row> sentBy(long establishmentId) {
        return jdbc.query(COLUMNS + " where establishment_id = ? order by created_at desc, id desc", ROW, establishmentId);
    }

    Optional<byte[]> consentForm(long establishmentId, long transferId) {
        return jdbc.query("select consent_form from learner_transfer where id = ? and establishment_id = ? and consent_form is not null",
                (rs, i) -> rs.getBytes(1), transferId, establishmentId).stream().findFirst();
    }

    void stillPending(long id, String reason, Instant now) {
        jdbc.update("update learner_transfer set status = 'PENDING', reason = ?, attempts = attempts + 1, updated_at = ? where id = ?",
                reason, Timestamp.from(now), id);
    }

    void sending(long id, int records, Instant now) {
        jdbc.update("update learner_transfer set status = 'SENDING', records_sent = ?, attempts = attempts + 1, updated_at = ? where id = ?",
                records, Timestamp.from(now), id);
    }

    int sentRecords(long id) {
        Integer n = jdbc.queryForObject("select coalesce(records_sent, 0) from learner_transfer where id = ?", Integer.class, id);
        return n == null ? 0 : n;
    }

    /** Only a transfer not yet delivered becomes delivered: true when this call did it. */
    boolean delivered(long id, int records, Instant now) {
        return jdbc.update("update learner_transfer set status = 'DELIVERED', reason = null, records_sent = ?, delivered_at = ?, "
                + "updated_at = ? where id = ? and status <> 'DELIVERED'", records, Timestamp.from(now), Timestamp.from(now), id) == 1;
    }

    /** One "received once" row of a batch. */
    record NewReceived(long establishmentId, long learnerId, String sourceUai, String sourceName, int records) {
    }

    /**
     * Inserts "received once" rows in one statement; returns the id of each inserted one, keyed
     * "establishment/learner/source UAI". A row already there (received before) is left out.
     */
    Map<String, Long> receivedAll(List<NewReceived> rows, Instant now) {
        Map<String, Long> ids = new HashMap<>();
        if (rows.isEmpty()) return ids;
        Timestamp at = Timestamp.from(now);
        List<Object> args = new ArrayList<>(rows.size() * 6);
        for (NewReceived r : rows) args.addAll(Arrays.asList(r.establishmentId(), r.learnerId(), r.sourceUai(), r.sourceName(), r.records(), at));
        jdbc.query("insert ignore into learner_transfer_received (establishment_id, learner_id, source_uai, source_name, records, "
                        + "received_at) values " + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?)"))
                        + " returning id, establishment_id, learner_id, source_uai",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> ids.put(receivedKey(rs.getLong(2), rs.getLong(3), rs.getString(4)),
                        rs.getLong(1)), args.toArray());
        return ids;
    }

    static String receivedKey(long establishmentId, long learnerId, String sourceUai) {
        return establishmentId + "/" + learnerId + "/" + sourceUai;
    }

    /** Transfers delivered, with the number of records each sent, in one batch. */
    void deliveredAll(Map<Long, Integer> recordsByTransfer, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.batchUpdate("update learner_transfer set status = 'DELIVERED', reason = null, records_sent = ?, delivered_at = ?, "
                + "updated_at = ? where id = ? and status <> 'DELIVERED'", recordsByTransfer.entrySet().stream()
                .map(e -> new Object[]{e.getValue(), at, at, e.getKey()}).toList());
    }

    Optional<Long> receivedId(long establishmentId, long learnerId, String sourceUai) {
        return jdbc.queryForList("select id from learner_transfer_received where establishment_id = ? and learner_id = ? and source_uai = ?",
                Long.class, establishmentId, learnerId, sourceUai).stream().findFirst();
    }

    List<ReceivedTransferView> receivedBy(long establishmentId, long learnerId) {
        return jdbc.query("select learner_id, source_uai, source_name, records, received_at from learner_transfer_received "
                        + "where establishment_id = ? and learner_id = ? order by received_at",
                (rs, i) -> new ReceivedTransferView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant()), establishmentId, learnerId);
    }
}
