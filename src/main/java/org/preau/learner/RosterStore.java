package org.preau.learner;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes an import with multi-row {@code INSERT … ON DUPLICATE KEY UPDATE} statements of a few
 * hundred rows each: 100,000 learners are a few hundred statements, never one per row, and no
 * entity is loaded.
 */
@Repository
class RosterStore {

    private static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;

    RosterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void upsertIdentities(long establishmentId, List<ImportedLearner> learners, Instant now) {
        Timestamp at = Timestamp.from(now);
        chunked(learners, """
                        insert into learner (establishment_id, siecle_key, ine, eleve_id, nom, nom_usage, prenom, prenom2, prenom3,
                                             sexe, date_naissance, created_at, updated_at) values """,
                """
                         on duplicate key update ine = values(ine), eleve_id = values(eleve_id), nom = values(nom),
                         nom_usage = values(nom_usage), prenom = values(prenom), prenom2 = values(prenom2), prenom3 = values(prenom3),
                         sexe = values(sexe), date_naissance = values(date_naissance), updated_at = values(updated_at)""",
                l -> new Object[]{establishmentId, l.siecleKey(), l.ine(), l.eleveId(), l.nom(), l.nomUsage(), l.prenom(),
                        l.prenom2(), l.prenom3(), l.sexe(), l.dateNaissance(), at, at});
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
        Timestamp at = Timestamp.from(now);
        chunked(learners, """
                        insert into enrolment (establishment_id, school_year_id, start_year, learner_id, sort_name, division,
                                               groups_codes, code_mef, active, entry_date, exit_date, deactivated_at, updated_at) values """,
                """
                         on duplicate key update sort_name = values(sort_name), division = values(division),
                         groups_codes = values(groups_codes), code_mef = values(code_mef), active = values(active),
                         entry_date = values(entry_date), exit_date = values(exit_date),
                         received_by_transfer = received_by_transfer and values(division) is null,
                         deactivated_at = coalesce(values(deactivated_at), case when values(active) then null else deactivated_at end),
                         updated_at = values(updated_at)""",
                l -> new Object[]{establishmentId, schoolYearId, startYear, idOf.applyAsLong(l),
                        ImportedLearner.sortName(l.nom(), l.nomUsage(), l.prenom()), l.division(), l.groups(), l.codeMef(), l.active(),
                        l.entryDate(), l.exitDate(), l.movement() == ImportedLearner.Movement.LEFT ? at : null, at});
    }

    /** Learners absent from the file: their enrolment of the year says they left (kept as it was otherwise). */
    void deactivate(long establishmentId, long schoolYearId, int startYear, List<KnownLearner> leavers, Instant now) {
        Timestamp at = Timestamp.from(now);
        chunked(leavers, """
                        insert into enrolment (establishment_id, school_year_id, start_year, learner_id, sort_name, active,
                                               deactivated_at, updated_at) values """,
                """
                         on duplicate key update active = false, deactivated_at = values(deactivated_at), updated_at = values(updated_at)""",
                k -> new Object[]{establishmentId, schoolYearId, startYear, k.learnerId(),
                        ImportedLearner.sortName(k.nom(), k.nomUsage(), k.prenom()), false, at, at});
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

    private <T> void chunked(List<T> rows, String insert, String onDuplicate, Function<T, Object[]> values) {
        if (rows.isEmpty()) return;
        int placeholders = values.apply(rows.getFirst()).length;
        String tuple = "(" + String.join(", ", Collections.nCopies(placeholders, "?")) + ")";
        String fullSql = null;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            String sql;
            if (chunk.size() == CHUNK) {
                if (fullSql == null) fullSql = insert + String.join(", ", Collections.nCopies(CHUNK, tuple)) + onDuplicate;
                sql = fullSql;
            } else {
                sql = insert + String.join(", ", Collections.nCopies(chunk.size(), tuple)) + onDuplicate;
            }
            List<Object> args = new ArrayList<>(chunk.size() * placeholders);
            for (T row : chunk) args.addAll(Arrays.asList(values.apply(row)));
            jdbc.update(sql, args.toArray());
        }
    }
}
