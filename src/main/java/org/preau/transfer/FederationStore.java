package org.preau.transfer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the directory learnt from the other instances, and the questions asked of them, in plain SQL. */
@Repository
class FederationStore {

    record KnownEtablissement(String instance, String code, String system, String name, boolean transfersOn, boolean siecle) {
    }

    record InstanceState(String name, boolean reachable, Instant refreshedAt, Instant triedAt, String error) {
    }

    /** An arrival of this instance, with an INE, not yet asked of some instance. */
    record Arrival(long establishmentId, long learnerId, String ine) {
    }

    private final JdbcTemplate jdbc;

    FederationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces what an instance serves by its fresh answer. */
    @Transactional
    void refreshed(String instance, List<KnownEtablissement> establishments, Instant now) {
        jdbc.update("delete from federation_establishment where instance_name = ?", instance);
        jdbc.batchUpdate("insert into federation_establishment (instance_name, code, school_system, name, transfers_on, siecle) "
                        + "values (?, ?, ?, ?, ?, ?)",
                establishments.stream().map(e -> new Object[]{instance, e.code(), e.system(), e.name(), e.transfersOn(), e.siecle()}).toList());
        jdbc.update("""
                insert into federation_instance (name, reachable, refreshed_at, tried_at, error) values (?, true, ?, ?, null)
                on duplicate key update reachable = true, refreshed_at = values(refreshed_at), tried_at = values(tried_at), error = null""",
                instance, Timestamp.from(now), Timestamp.from(now));
    }

    /** The instance did not answer: what it said before stays, marked unreachable. */
    void unreachable(String instance, String error, Instant now) {
        String e = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        jdbc.update("""
                insert into federation_instance (name, reachable, refreshed_at, tried_at, error) values (?, false, null, ?, ?)
                on duplicate key update reachable = false, tried_at = values(tried_at), error = values(error)""",
                instance, Timestamp.from(now), e);
    }

    Optional<InstanceState> state(String instance) {
        return jdbc.query("select name, reachable, refreshed_at, tried_at, error from federation_instance where name = ?", (rs, i) -> {
            Timestamp refreshed = rs.getTimestamp(3);
            return new InstanceState(rs.getString(1), rs.getBoolean(2), refreshed == null ? null : refreshed.toInstant(),
                    rs.getTimestamp(4).toInstant(), rs.getString(5));
        }, instance).stream().findFirst();
    }

    List<KnownEtablissement> establishments(String instance) {
        return jdbc.query("select instance_name, code, school_system, name, transfers_on, siecle from federation_establishment "
                + "where instance_name = ? order by name", (rs, i) -> new KnownEtablissement(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getBoolean(6)), instance);
    }

    List<KnownEtablissement> byCode(String code) {
        return jdbc.query("select instance_name, code, school_system, name, transfers_on, siecle from federation_establishment "
                + "where code = ?", (rs, i) -> new KnownEtablissement(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getBoolean(6)), code);
    }

    /** Active arrivals with an INE that this instance has not asked {@code instance} about yet. */
    List<Arrival> unasked(String instance) {
        return jdbc.query("""
                select a.establishment_id, a.learner_id, a.ine from transfer_candidate a
                where a.movement = 'ARRIVED'
                  and not exists (select 1 from transfer_question q where q.learner_id = a.learner_id and q.instance_name = ?)
                order by a.id""", (rs, i) -> new Arrival(rs.getLong(1), rs.getLong(2), rs.getString(3)), instance);
    }

    /** Remembers the answer; false when that arrival was already asked of that instance. */
    boolean asked(long learnerId, String instance, long establishmentId, int answer, Instant now) {
        return jdbc.update("insert ignore into transfer_question (learner_id, instance_name, establishment_id, answer, asked_at) "
                + "values (?, ?, ?, ?, ?)", learnerId, instance, establishmentId, answer, Timestamp.from(now)) == 1;
    }

    /** Remembers many answers at once (a question round); a question already remembered stays as it was. */
    void askedAll(List<Object[]> learnerInstanceEstablishmentAnswer, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.batchUpdate("insert ignore into transfer_question (learner_id, instance_name, establishment_id, answer, asked_at) "
                + "values (?, ?, ?, ?, ?)", learnerInstanceEstablishmentAnswer.stream()
                .map(r -> new Object[]{r[0], r[1], r[2], r[3], at}).toList());
    }

    int questions(long learnerId) {
        Integer n = jdbc.queryForObject("select count(*) from transfer_question where learner_id = ?", Integer.class, learnerId);
        return n == null ? 0 : n;
    }
}
