package org.preau.learner;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a learner's records and writes records received from another establishment, for the
 * learner transfers. It runs without a signed-in user (the daily job, a transfer received from
 * another instance): no screen reaches it, and callers pass establishment ids they already hold
 * legitimately (the transfer feature checks the user, the switch and the consent first).
 */
@Service
public class LearnerRecordCopies {

    private static final String IDENTITY = """
            select l.id, l.establishment_id, l.ine, l.nom, l.prenom, l.date_naissance,
                   coalesce(e.active, false), e.exit_date, e.deactivated_at
            from learner l
            left join enrolment e on e.learner_id = l.id
                 and e.start_year = (select max(x.start_year) from enrolment x where x.learner_id = l.id)
            """;

    private static final RowMapper<LearnerIdentity> IDENTITY_ROW = (rs, i) -> {
        Timestamp left = rs.getTimestamp(9);
        return new LearnerIdentity(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                LearnerStore.date(rs, 6), rs.getBoolean(7), LearnerStore.date(rs, 8), left == null ? null : left.toInstant());
    };

    private final JdbcTemplate jdbc;

    LearnerRecordCopies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<LearnerIdentity> identity(long establishmentId, long learnerId) {
        return jdbc.query(IDENTITY + " where l.establishment_id = ? and l.id = ?", IDENTITY_ROW, establishmentId, learnerId)
                .stream().findFirst();
    }

    /**
     * The codes by which an inspector's diploma grant covers this learner: the MEF of each of their
     * enrolments and the diploma it is attached to (as the inspector's scope matches them).
     */
    @Transactional(readOnly = true)
    public Set<String> diplomaCodes(long establishmentId, long learnerId) {
        Set<String> codes = new TreeSet<>();
        jdbc.query("""
                select e.code_mef, m.mef_rattachement from enrolment e
                left join mef m on m.establishment_id = e.establishment_id and m.code_mef = e.code_mef
                where e.establishment_id = ? and e.learner_id = ? and e.code_mef is not null""", rs -> {
            codes.add(rs.getString(1));
            String attached = rs.getString(2);
            if (attached != null && !attached.isBlank()) codes.add(attached);
        }, establishmentId, learnerId);
        return codes;
    }

    /** The establishment's learner with that INE, the active one first when there are several. */
    @Transactional(readOnly = true)
    public Optional<LearnerIdentity> byIne(long establishmentId, String ine) {
        if (ine == null || ine.isBlank()) return Optional.empty();
        return jdbc.query(IDENTITY + " where l.establishment_id = ? and l.ine = ?", IDENTITY_ROW, establishmentId, ine)
                .stream().sorted((a, b) -> Boolean.compare(b.active(), a.active())).findFirst();
    }

    /** The establishment's learners with these INEs, by INE (the active one first when there are several); one query per 1,000. */
    @Transactional(readOnly = true)
    public Map<String, LearnerIdentity> byInes(long establishmentId, java.util.Collection<String> ines) {
        Map<String, LearnerIdentity> found = new HashMap<>();
        List<String> all = ines.stream().filter(i -> i != null && !i.isBlank()).distinct().toList();
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            List<Object> args = new java.util.ArrayList<>(chunk.size() + 1);
            args.add(establishmentId);
            args.addAll(chunk);
            jdbc.query(IDENTITY + " where l.establishment_id = ? and l.ine in (" + placeholders(chunk.size()) + ")", IDENTITY_ROW,
                    args.toArray()).forEach(l -> found.merge(l.ine(), l, (a, b) -> a.active() || !b.active() ? a : b));
        }
        return found;
    }

    /** Of these learners of the establishment, those whose latest enrolment is active (a chunk of ids per query). */
    @Transactional(readOnly = true)
    public java.util.Set<Long> stillActive(long establishmentId, java.util.Collection<Long> learnerIds) {
        java.util.Set<Long> active = new java.util.HashSet<>();
        List<Long> ids = List.copyOf(learnerIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            List<Object> args = new java.util.ArrayList<>(chunk.size() + 1);
            args.add(establishmentId);
            args.addAll(chunk);
            jdbc.query(IDENTITY + " where l.establishment_id = ? and l.id in (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"))
                    + ")", IDENTITY_ROW, args.toArray()).stream().filter(LearnerIdentity::active).forEach(l -> active.add(l.id()));
        }
        return active;
    }

    /** These learners of the establishment, by id (one query per 1,000 ids); an id not found is absent. */
    @Transactional(readOnly = true)
    public Map<Long, LearnerIdentity> identities(long establishmentId, java.util.Collection<Long> learnerIds) {
        Map<Long, LearnerIdentity> found = new HashMap<>();
        for (List<Long> chunk : chunks(learnerIds)) {
            jdbc.query(IDENTITY + " where l.establishment_id = ? and l.id in (" + placeholders(chunk.size()) + ")", IDENTITY_ROW,
                    args(establishmentId, chunk)).forEach(l -> found.put(l.id(), l));
        }
        return found;
    }

    /** Learners whose latest enrolment is inactive (they left), by name. */
    @Transactional(readOnly = true)
    public List<LearnerIdentity> left(long establishmentId) {
        return jdbc.query(IDENTITY + " where l.establishment_id = ? and e.active = false order by l.nom, l.prenom, l.id",
                IDENTITY_ROW, establishmentId);
    }

    /**
     * A learner the establishment did not know, received by transfer (a CFA, a GRETA without
     * SIECLE): identity as sent, enrolled in the given year without division. Keyed by the INE as
     * a SIECLE import keys its pupils, so that a later import with the same INE finds this learner
     * instead of creating a second one. The enrolment is marked received by transfer, which the list
     * and the learner page show in place of the missing division. Runs in the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long createReceived(long establishmentId, long schoolYearId, int startYear, String ine, String nom, String prenom,
                               java.time.LocalDate birthDate, java.time.LocalDate entryDate, java.time.Instant now) {
        String key = ine.strip().toUpperCase(java.util.Locale.ROOT);
        Timestamp at = Timestamp.from(now);
        Map<String, Object> row = new HashMap<>();
        row.put("establishment_id", establishmentId);
        row.put("siecle_key", key);
        row.put("ine", key);
        row.put("nom", nom);
        row.put("prenom", prenom);
        row.put("date_naissance", birthDate);
        row.put("created_at", at);
        row.put("updated_at", at);
        long id = new SimpleJdbcInsert(jdbc).withTableName("learner").usingGeneratedKeyColumns("id")
                .usingColumns("establishment_id", "siecle_key", "ine", "nom", "prenom", "date_naissance", "created_at", "updated_at")
                .executeAndReturnKey(row).longValue();
        jdbc.update("insert into enrolment (establishment_id, school_year_id, start_year, learner_id, sort_name, active, entry_date, "
                        + "received_by_transfer, updated_at) values (?, ?, ?, ?, ?, true, ?, true, ?)", establishmentId, schoolYearId, startYear, id,
                ImportedLearner.sortName(nom, null, prenom), entryDate, at);
        return id;
    }

    /** Every record of the learner, oldest first. */
    @Transactional(readOnly = true)
    public List<TransferableRecord> records(long establishmentId, long learnerId) {
        return jdbc.query("""
                        select kind, record_date, author, author_name, diploma, title, content, created_at
                        from learner_record where establishment_id = ? and learner_id = ? order by record_date, id""",
                (rs, i) -> new TransferableRecord(RecordKind.valueOf(rs.getString(1)), LearnerStore.date(rs, 2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()),
                establishmentId, learnerId);
    }

    /** Every record of each of these learners, oldest first; a learner without records is absent (one query per 1,000 ids). */
    @Transactional(readOnly = true)
    public Map<Long, List<TransferableRecord>> records(long establishmentId, java.util.Collection<Long> learnerIds) {
        Map<Long, List<TransferableRecord>> found = new HashMap<>();
        for (List<Long> chunk : chunks(learnerIds)) {
            jdbc.query("select learner_id, kind, record_date, author, author_name, diploma, title, content, created_at "
                            + "from learner_record where establishment_id = ? and learner_id in (" + placeholders(chunk.size()) + ") "
                            + "order by learner_id, record_date, id",
                    (org.springframework.jdbc.core.RowCallbackHandler) rs -> found.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(new TransferableRecord(RecordKind.valueOf(rs.getString(2)), LearnerStore.date(rs, 3), rs.getString(4),
                                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant())),
                    args(establishmentId, chunk));
        }
        return found;
    }

    private static List<List<Long>> chunks(java.util.Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) chunks.add(all.subList(from, Math.min(all.size(), from + 1000)));
        return chunks;
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static Object[] args(long establishmentId, List<Long> ids) {
        Object[] args = new Object[ids.size() + 1];
        args[0] = establishmentId;
        for (int i = 0; i < ids.size(); i++) args[i + 1] = ids.get(i);
        return args;
    }

    /** Records received by one learner. */
    public record Received(long establishmentId, long learnerId, List<TransferableRecord> records, RecordOrigin origin) {
    }

    /**
     * Writes received records on learners, with their authors and dates, marked with their origin: two
     * statements for the whole batch. Runs in the caller's transaction: the caller's own "received
     * once" rows make it exactly once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void receiveAll(List<Received> received) {
        List<Object> args = new java.util.ArrayList<>();
        List<Object> origins = new java.util.ArrayList<>();
        int rows = 0;
        for (Received r : received) {
            for (TransferableRecord record : r.records()) {
                args.addAll(java.util.Arrays.asList(r.establishmentId(), r.learnerId(), record.kind().name(), record.date(),
                        record.author(), record.authorName(), record.diploma(), record.title(), record.content(),
                        Timestamp.from(record.createdAt() == null ? r.origin().receivedAt() : record.createdAt())));
                origins.addAll(java.util.Arrays.asList(r.establishmentId(), r.origin().sourceUai(), r.origin().sourceName(),
                        Timestamp.from(r.origin().receivedAt())));
                rows++;
            }
        }
        if (rows == 0) return;
        // the ids come back in the order of the rows (MariaDB's INSERT … RETURNING): one origin row per id
        List<Long> ids = jdbc.queryForList("insert into learner_record (version, establishment_id, learner_id, kind, record_date, author, "
                + "author_name, diploma, title, content, created_at) values "
                + String.join(", ", java.util.Collections.nCopies(rows, "(0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                + " returning id", Long.class, args.toArray());
        List<Object> originArgs = new java.util.ArrayList<>(rows * 5);
        for (int i = 0; i < ids.size(); i++) {
            originArgs.add(ids.get(i));
            originArgs.addAll(origins.subList(i * 4, i * 4 + 4));
        }
        jdbc.update("insert into learner_record_origin (record_id, establishment_id, source_uai, source_name, received_at) values "
                + String.join(", ", java.util.Collections.nCopies(ids.size(), "(?, ?, ?, ?, ?)")), originArgs.toArray());
    }
}
