package org.preau.pupil;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The pupil tables in plain JDBC, in batches (an import writes thousands of rows in one transaction). */
@Component
class PupilStore {

    /** What the {@code pupil} table holds for a learner. */
    record Stored(long learnerId, String niss, String numero, String lieu, String nationalite) {
    }

    /** What the {@code pupil_enrolment} table holds for a learner and a year. */
    record Year(long learnerId, long implantationId, SchoolLevel level, LeaveReason motif, Ceb ceb) {
    }

    /** A row of {@code pupil_move_up}. */
    record Decision(long learnerId, MoveUpDecision decision, String classe) {
    }

    private final JdbcTemplate jdbc;

    PupilStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Implantation> implantations(long establishmentId) {
        return jdbc.query("select id, name, fase from pupil_implantation where establishment_id = ? order by name",
                (rs, i) -> new Implantation(rs.getLong(1), rs.getString(2), rs.getString(3)), establishmentId);
    }

    /** Creates the implantations not known yet by name; sets a FASE number where one is given. */
    Map<String, Long> ensureImplantations(long establishmentId, Map<String, String> faseByName) {
        if (!faseByName.isEmpty()) {
            jdbc.batchUpdate("insert into pupil_implantation (establishment_id, name, fase) values (?, ?, ?) "
                            + "on duplicate key update fase = coalesce(values(fase), fase)",
                    List.copyOf(faseByName.entrySet()), 100, (ps, e) -> {
                        ps.setLong(1, establishmentId);
                        ps.setString(2, e.getKey());
                        ps.setString(3, e.getValue());
                    });
        }
        Map<String, Long> ids = new HashMap<>();
        implantations(establishmentId).forEach(i -> ids.put(PupilCsv.nameKey(i.name()), i.id()));
        return ids;
    }

    void updateImplantation(long establishmentId, long id, String name, String fase) {
        jdbc.update("update pupil_implantation set name = ?, fase = ? where id = ? and establishment_id = ?", name, fase, id, establishmentId);
    }

    Map<Long, Stored> pupils(long establishmentId) {
        Map<Long, Stored> all = new HashMap<>();
        jdbc.query("select learner_id, niss, school_number, birth_place, nationality from pupil where establishment_id = ?", rs -> {
            all.put(rs.getLong(1), new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        }, establishmentId);
        return all;
    }

    Map<Long, Year> years(long establishmentId, long schoolYearId) {
        Map<Long, Year> all = new HashMap<>();
        jdbc.query("select learner_id, implantation_id, level, leave_reason, ceb_result from pupil_enrolment "
                + "where establishment_id = ? and school_year_id = ?", rs -> {
            String motif = rs.getString(4);
            String ceb = rs.getString(5);
            all.put(rs.getLong(1), new Year(rs.getLong(1), rs.getLong(2), SchoolLevel.valueOf(rs.getString(3)),
                    motif == null ? null : LeaveReason.valueOf(motif), ceb == null ? null : Ceb.valueOf(ceb)));
        }, establishmentId, schoolYearId);
        return all;
    }

    /** Which of these NISS a pupil of another school of the same organising body already holds. */
    Set<String> nissElsewhere(long organisingBodyKey, long establishmentId) {
        return new HashSet<>(jdbc.queryForList("select niss from pupil where organising_body_id = ? and establishment_id <> ? and niss is not null",
                String.class, organisingBodyKey, establishmentId));
    }

    // The two upserts below are refused when they name a learner, an implantation or a year that is
    // not the establishment's: their "on duplicate key" update would otherwise reach another
    // establishment's pupil. The ids come from the establishment's own rows today.

    void upsertPupils(long establishmentId, long organisingBodyKey, List<Stored> pupils) {
        requireOwn("learner", establishmentId, pupils.stream().map(Stored::learnerId).toList());
        upsert("insert into pupil (learner_id, establishment_id, organising_body_id, niss, school_number, birth_place, nationality) values ",
                " on duplicate key update niss = values(niss), school_number = values(school_number),"
                        + " birth_place = values(birth_place), nationality = values(nationality)",
                pupils, p -> new Object[]{p.learnerId(), establishmentId, organisingBodyKey, p.niss(), p.numero(), p.lieu(), p.nationalite()});
    }

    void upsertYears(long establishmentId, long schoolYearId, List<Year> rows) {
        if (rows.isEmpty()) return;
        requireOwn("school_year", establishmentId, List.of(schoolYearId));
        requireOwn("learner", establishmentId, rows.stream().map(Year::learnerId).toList());
        requireOwn("pupil_implantation", establishmentId, rows.stream().map(Year::implantationId).toList());
        upsert("insert into pupil_enrolment (learner_id, school_year_id, establishment_id, implantation_id, level, leave_reason, ceb_result) values ",
                " on duplicate key update implantation_id = values(implantation_id), level = values(level),"
                        + " leave_reason = values(leave_reason), ceb_result = values(ceb_result)",
                rows, y -> new Object[]{y.learnerId(), schoolYearId, establishmentId, y.implantationId(), y.level().name(),
                        y.motif() == null ? null : y.motif().name(), y.ceb() == null ? null : y.ceb().name()});
    }

    /**
     * One multi-row statement per 1,000 rows: a JDBC batch of 2,000 single-row upserts took the
     * server 140–180 ms per table, most of a 2,000-pupil confirmation's write.
     */
    private <T> void upsert(String insertHead, String onDuplicate, List<T> rows, java.util.function.Function<T, Object[]> values) {
        for (int from = 0; from < rows.size(); from += 1000) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
            List<Object> args = new java.util.ArrayList<>();
            StringBuilder sql = new StringBuilder(insertHead);
            for (int i = 0; i < chunk.size(); i++) {
                Object[] row = values.apply(chunk.get(i));
                if (i > 0) sql.append(", ");
                sql.append('(').append(String.join(", ", java.util.Collections.nCopies(row.length, "?"))).append(')');
                args.addAll(java.util.Arrays.asList(row));
            }
            jdbc.update(sql.append(onDuplicate).toString(), args.toArray());
        }
    }

    /** Refuses ids of {@code table} (a table with {@code establishment_id}) that are not the establishment's. */
    private void requireOwn(String table, long establishmentId, java.util.Collection<Long> ids) {
        List<Long> distinct = List.copyOf(new HashSet<>(ids));
        int found = 0;
        for (int from = 0; from < distinct.size(); from += 1000) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + 1000));
            List<Object> args = new java.util.ArrayList<>(chunk.size() + 1);
            args.add(establishmentId);
            args.addAll(chunk);
            found += jdbc.queryForObject("select count(*) from " + table + " where establishment_id = ? and id in ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")", Integer.class, args.toArray());
        }
        if (found != distinct.size()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Pupil rows name " + table + " ids that are not of establishment " + establishmentId);
        }
    }

    Map<Long, Decision> decisions(long establishmentId, long schoolYearId) {
        Map<Long, Decision> all = new HashMap<>();
        jdbc.query("select learner_id, decision, class_label from pupil_move_up where establishment_id = ? and school_year_id = ?",
                rs -> {
                    all.put(rs.getLong(1), new Decision(rs.getLong(1), MoveUpDecision.valueOf(rs.getString(2)), rs.getString(3)));
                }, establishmentId, schoolYearId);
        return all;
    }

    void saveDecision(long establishmentId, long schoolYearId, Decision d, String by, Instant at) {
        if (d.decision() == MoveUpDecision.PROPOSITION) {
            jdbc.update("delete from pupil_move_up where establishment_id = ? and school_year_id = ? and learner_id = ?",
                    establishmentId, schoolYearId, d.learnerId());
            return;
        }
        jdbc.update("""
                insert into pupil_move_up (learner_id, school_year_id, establishment_id, decision, class_label, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?) on duplicate key update decision = values(decision), class_label = values(class_label),
                updated_by = values(updated_by), updated_at = values(updated_at)""",
                d.learnerId(), schoolYearId, establishmentId, d.decision().name(), d.classe(), by, Timestamp.from(at));
    }
}
