package org.preau.learner;

import org.preau.base.StagedRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an import in a few statements whatever its size: the rows are loaded into a temporary
 * table ({@link StagedRows}), then written by one {@code INSERT … SELECT … ON DUPLICATE KEY UPDATE}
 * per table. No entity is loaded.
 */
@Repository
class RosterStore {

    private static final int CHUNK = 1000;
    private static final String LEARNER_STAGE = "roster_stage_learner";
    private static final String ENROLMENT_STAGE = "roster_stage_enrolment";
    private static final String ENROLMENT_STAGE_COLUMNS = """
            learner_id BIGINT NOT NULL, sort_name VARCHAR(200) NOT NULL, division VARCHAR(40) NULL, groups_codes VARCHAR(500) NULL,
            code_mef VARCHAR(20) NULL, active BOOLEAN NOT NULL, entry_date DATE NULL, exit_date DATE NULL,
            leaving BOOLEAN NOT NULL DEFAULT FALSE""";

    private final JdbcTemplate jdbc;

    RosterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes these identities and returns the ids of the rows written, by SIECLE key (from the
     * statement itself: no second round trip to learn the new learners' ids).
     */
    Map<String, Long> upsertIdentities(long establishmentId, List<ImportedLearner> learners, Instant now) {
        Map<String, Long> ids = new HashMap<>(Math.max(16, learners.size() * 2));
        if (learners.isEmpty()) return ids;
        Timestamp at = Timestamp.from(now);
        StagedRows.load(jdbc, LEARNER_STAGE, """
                        siecle_key VARCHAR(40) NOT NULL, ine VARCHAR(20) NULL, eleve_id VARCHAR(20) NULL, nom VARCHAR(100) NOT NULL,
                        nom_usage VARCHAR(100) NULL, prenom VARCHAR(100) NOT NULL, prenom2 VARCHAR(100) NULL, prenom3 VARCHAR(100) NULL,
                        sexe CHAR(1) NULL, date_naissance DATE NULL""",
                "siecle_key, ine, eleve_id, nom, nom_usage, prenom, prenom2, prenom3, sexe, date_naissance", learners,
                l -> new Object[]{l.siecleKey(), l.ine(), l.eleveId(), l.nom(), l.nomUsage(), l.prenom(), l.prenom2(), l.prenom3(),
                        l.sexe(), l.dateNaissance()});
        jdbc.query("""
                        insert into learner (establishment_id, siecle_key, ine, eleve_id, nom, nom_usage, prenom, prenom2, prenom3,
                                             sexe, date_naissance, created_at, updated_at)
                        select ?, siecle_key, ine, eleve_id, nom, nom_usage, prenom, prenom2, prenom3, sexe, date_naissance, ?, ?
                        from %s order by n
                        on duplicate key update ine = values(ine), eleve_id = values(eleve_id), nom = values(nom),
                        nom_usage = values(nom_usage), prenom = values(prenom), prenom2 = values(prenom2), prenom3 = values(prenom3),
                        sexe = values(sexe), date_naissance = values(date_naissance), updated_at = values(updated_at)
                        returning id, siecle_key""".formatted(LEARNER_STAGE),
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                }, establishmentId, at, at);
        return ids;
    }

    /** Gives learners their new SIECLE key (learner id → key), before their identity is written under it. */
    void rekey(long establishmentId, Map<Long, String> rekeys) {
        if (rekeys.isEmpty()) return;
        List<Object[]> rows = rekeys.entrySet().stream().map(e -> new Object[]{e.getValue(), e.getKey(), establishmentId}).toList();
        jdbc.batchUpdate("update learner set siecle_key = ? where id = ? and establishment_id = ?", rows);
    }

    /** Ids of these learners (just inserted), by key; looked up a chunk of keys at a time. */
    Map<String, Long> ids(long establishmentId, List<String> keys) {
        Map<String, Long> ids = new HashMap<>(Math.max(16, keys.size() * 2));
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            List<Object> args = new ArrayList<>(chunk.size() + 1);
            args.add(establishmentId);
            args.addAll(chunk);
            jdbc.query("select siecle_key, id from learner where establishment_id = ? and siecle_key in ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", rs -> {
                ids.put(rs.getString(1), rs.getLong(2));
            }, args.toArray());
        }
        return ids;
    }

    /**
     * Enrolments of the year for these learners; rows are made a chunk at a time, never all at once.
     * A learner received by transfer keeps that mark until the import gives them a division.
     */
    void upsertEnrolments(long establishmentId, long schoolYearId, int startYear, List<ImportedLearner> learners,
                          java.util.function.ToLongFunction<ImportedLearner> idOf, Instant now) {
        if (learners.isEmpty()) return;
        Timestamp at = Timestamp.from(now);
        StagedRows.load(jdbc, ENROLMENT_STAGE, ENROLMENT_STAGE_COLUMNS, "learner_id, sort_name, division, groups_codes, code_mef, active, entry_date, exit_date, leaving",
                learners, l -> new Object[]{idOf.applyAsLong(l), ImportedLearner.sortName(l.nom(), l.nomUsage(), l.prenom()), l.division(),
                        l.groups(), l.codeMef(), l.active(), l.entryDate(), l.exitDate(), l.movement() == ImportedLearner.Movement.LEFT});
        jdbc.update("""
                        insert into enrolment (establishment_id, school_year_id, start_year, learner_id, sort_name, division,
                                               groups_codes, code_mef, active, entry_date, exit_date, deactivated_at, updated_at)
                        select ?, ?, ?, learner_id, sort_name, division, groups_codes, code_mef, active, entry_date, exit_date,
                               case when leaving then ? end, ?
                        from %s order by n
                        on duplicate key update sort_name = values(sort_name), division = values(division),
                        groups_codes = values(groups_codes), code_mef = values(code_mef), active = values(active),
                        entry_date = values(entry_date), exit_date = values(exit_date),
                        received_by_transfer = received_by_transfer and values(division) is null,
                        deactivated_at = coalesce(values(deactivated_at), case when values(active) then null else deactivated_at end),
                        updated_at = values(updated_at)""".formatted(ENROLMENT_STAGE),
                establishmentId, schoolYearId, startYear, at, at);
    }

    /** Learners absent from the file: their enrolment of the year says they left (kept as it was otherwise). */
    void deactivate(long establishmentId, long schoolYearId, int startYear, List<KnownLearner> leavers, Instant now) {
        if (leavers.isEmpty()) return;
        Timestamp at = Timestamp.from(now);
        StagedRows.load(jdbc, ENROLMENT_STAGE, ENROLMENT_STAGE_COLUMNS, "learner_id, sort_name, active, leaving", leavers,
                k -> new Object[]{k.learnerId(), ImportedLearner.sortName(k.nom(), k.nomUsage(), k.prenom()), false, true});
        jdbc.update("""
                        insert into enrolment (establishment_id, school_year_id, start_year, learner_id, sort_name, active,
                                               deactivated_at, updated_at)
                        select ?, ?, ?, learner_id, sort_name, false, ?, ? from %s order by n
                        on duplicate key update active = false, deactivated_at = values(deactivated_at), updated_at = values(updated_at)"""
                        .formatted(ENROLMENT_STAGE),
                establishmentId, schoolYearId, startYear, at, at);
    }

    /** A renamed learner is sorted under the new name in every year (of this establishment's enrolments only). */
    void renameEverywhere(long establishmentId, List<Map.Entry<Long, String>> sortNames) {
        if (sortNames.isEmpty()) return;
        jdbc.batchUpdate("update enrolment set sort_name = ? where learner_id = ? and establishment_id = ?",
                sortNames.stream().map(e -> new Object[]{e.getValue(), e.getKey(), establishmentId}).toList());
    }

    /**
     * How many of these learner ids are not learners of the establishment: an import's changes name
     * learners by id, and an enrolment or a departure written for another establishment's learner
     * would show that learner in this one's lists. A few ids are looked up; for a whole school's
     * import, one indexed read of the establishment's ids is cheaper than a hundred lookups.
     */
    int notOfEstablishment(long establishmentId, java.util.Collection<Long> learnerIds) {
        java.util.Set<Long> distinct = new java.util.HashSet<>(learnerIds);
        if (distinct.isEmpty()) return 0;
        if (distinct.size() > CHUNK) {
            java.util.Set<Long> own = new java.util.HashSet<>(jdbc.queryForList("select id from learner where establishment_id = ?",
                    Long.class, establishmentId));
            return (int) distinct.stream().filter(id -> !own.contains(id)).count();
        }
        List<Object> args = new ArrayList<>(distinct.size() + 1);
        args.add(establishmentId);
        args.addAll(distinct);
        int found = jdbc.queryForObject("select count(*) from learner where establishment_id = ? and id in ("
                + String.join(", ", Collections.nCopies(distinct.size(), "?")) + ")", Integer.class, args.toArray());
        return distinct.size() - found;
    }

}
