package org.preau.staff;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The staff tables, read and written with plain JDBC: imports write thousands of rows in JDBC
 * batches (the driver sends them in bulk), which Hibernate with identity ids would not do.
 */
@Repository
class StaffStore {

    static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    StaffStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    // ---- reading what an import compares with ----

    Map<String, StoredStaff> members(long establishmentId, Collection<String> externalTypes) {
        Map<String, StoredStaff> members = new HashMap<>();
        named.query("""
                        select id, external_type, external_id, civilite, nom_usage, nom_patronymique, prenom, date_naissance, sexe,
                               grade, email_pro, email_perso
                        from staff_member where establishment_id = :e and external_type in (:types)""",
                new MapSqlParameterSource("e", establishmentId).addValue("types", externalTypes),
                rs -> {
                    Date birth = rs.getDate("date_naissance");
                    StoredStaff s = new StoredStaff(rs.getLong("id"), rs.getString("external_type"), rs.getString("external_id"),
                            rs.getString("civilite"), rs.getString("nom_usage"), rs.getString("nom_patronymique"), rs.getString("prenom"),
                            birth == null ? null : birth.toLocalDate(), rs.getString("sexe"), rs.getString("grade"),
                            rs.getString("email_pro"), rs.getString("email_perso"));
                    members.put(s.key(), s);
                });
        return members;
    }

    /** Functions per member id in a year, for the members given. */
    Map<Long, Set<String>> functions(long establishmentId, long schoolYearId, Set<Long> memberIds) {
        Map<Long, Set<String>> functions = new HashMap<>();
        jdbc.query("select staff_member_id, code from staff_function where establishment_id = ? and school_year_id = ?", rs -> {
            long id = rs.getLong(1);
            if (memberIds.contains(id)) functions.computeIfAbsent(id, k -> new HashSet<>()).add(rs.getString(2));
        }, establishmentId, schoolYearId);
        return functions;
    }

    Map<Long, Set<ServedStructure>> services(long establishmentId, long schoolYearId) {
        Map<Long, Set<ServedStructure>> services = new HashMap<>();
        jdbc.query("select staff_member_id, structure_type, structure_code, subject_code from staff_service where establishment_id = ? and school_year_id = ?",
                rs -> {
                    services.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                            .add(new ServedStructure(rs.getString(2), rs.getString(3), rs.getString(4)));
                }, establishmentId, schoolYearId);
        return services;
    }

    Map<Long, List<Discipline>> disciplines(long establishmentId) {
        Map<Long, List<Discipline>> disciplines = new HashMap<>();
        jdbc.query("select staff_member_id, code, label, hours from staff_discipline where establishment_id = ? order by staff_member_id, code", rs -> {
            disciplines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Discipline(rs.getString(2), rs.getString(3), rs.getBigDecimal(4)));
        }, establishmentId);
        return disciplines;
    }

    Set<IncomingStructure> structures(long establishmentId, long schoolYearId) {
        Set<IncomingStructure> structures = new LinkedHashSet<>();
        jdbc.query("select structure_type, code, label, division_codes from staff_structure where establishment_id = ? and school_year_id = ? order by id",
                rs -> {
                    String divisions = rs.getString(4);
                    structures.add(new IncomingStructure(rs.getString(1), rs.getString(2), rs.getString(3),
                            divisions == null || divisions.isEmpty() ? List.of() : Arrays.asList(divisions.split("\\|"))));
                }, establishmentId, schoolYearId);
        return structures;
    }

    // ---- writing an import, in JDBC batches ----

    void insertMembers(long establishmentId, List<IncomingStaff> people, String by, Instant now) {
        jdbc.batchUpdate("""
                        insert into staff_member (establishment_id, external_type, external_id, civilite, nom_usage, nom_patronymique, prenom,
                            date_naissance, sexe, grade, email_pro, email_perso, created_at, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", people, BATCH,
                (ps, p) -> {
                    ps.setLong(1, establishmentId);
                    ps.setString(2, p.externalType());
                    ps.setString(3, p.externalId());
                    ps.setString(4, p.civilite());
                    ps.setString(5, p.nomUsage());
                    ps.setString(6, p.nomPatronymique());
                    ps.setString(7, p.prenom());
                    ps.setDate(8, p.dateNaissance() == null ? null : Date.valueOf(p.dateNaissance()));
                    ps.setString(9, p.sexe());
                    ps.setString(10, p.grade());
                    ps.setString(11, p.emailPro());
                    ps.setString(12, p.emailPerso());
                    ps.setTimestamp(13, Timestamp.from(now));
                    ps.setTimestamp(14, Timestamp.from(now));
                    ps.setString(15, by);
                });
    }

    /** Updates identity fields; a null in the file keeps the stored value. */
    void updateIdentities(long establishmentId, List<IncomingStaff> people, String by, Instant now) {
        jdbc.batchUpdate("""
                        update staff_member set civilite = coalesce(?, civilite), nom_usage = ?, nom_patronymique = coalesce(?, nom_patronymique),
                            prenom = ?, date_naissance = coalesce(?, date_naissance), sexe = coalesce(?, sexe), grade = coalesce(?, grade),
                            email_pro = coalesce(?, email_pro), email_perso = coalesce(?, email_perso),
                            version = version + 1, updated_at = ?, updated_by = ?
                        where establishment_id = ? and external_type = ? and external_id = ?""", people, BATCH,
                (ps, p) -> {
                    ps.setString(1, p.civilite());
                    ps.setString(2, p.nomUsage());
                    ps.setString(3, p.nomPatronymique());
                    ps.setString(4, p.prenom());
                    ps.setDate(5, p.dateNaissance() == null ? null : Date.valueOf(p.dateNaissance()));
                    ps.setString(6, p.sexe());
                    ps.setString(7, p.grade());
                    ps.setString(8, p.emailPro());
                    ps.setString(9, p.emailPerso());
                    ps.setTimestamp(10, Timestamp.from(now));
                    ps.setString(11, by);
                    ps.setLong(12, establishmentId);
                    ps.setString(13, p.externalType());
                    ps.setString(14, p.externalId());
                });
    }

    // Every write below names the establishment as well as the member: the ids come from the
    // establishment's own rows today, and a caller that passed another's could not touch them
    // (deletes find nothing; inserts are refused before writing).

    /** Refuses member ids that are not the establishment's: one indexed count per thousand ids. */
    private void requireOwn(long establishmentId, Collection<Long> memberIds) {
        List<Long> distinct = List.copyOf(new HashSet<>(memberIds));
        int found = 0;
        for (int from = 0; from < distinct.size(); from += 1000) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + 1000));
            List<Object> args = new ArrayList<>(chunk.size() + 1);
            args.add(establishmentId);
            args.addAll(chunk);
            found += jdbc.queryForObject("select count(*) from staff_member where establishment_id = ? and id in ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")", Integer.class, args.toArray());
        }
        if (found != distinct.size()) {
            throw new AccessDeniedException("Staff rows name members that are not of establishment " + establishmentId);
        }
    }

    void deleteFunctions(long establishmentId, long schoolYearId, Collection<Long> memberIds) {
        jdbc.batchUpdate("delete from staff_function where staff_member_id = ? and school_year_id = ? and establishment_id = ?", memberIds,
                BATCH, (ps, id) -> {
                    ps.setLong(1, id);
                    ps.setLong(2, schoolYearId);
                    ps.setLong(3, establishmentId);
                });
    }

    record FunctionRow(long memberId, String code) {
    }

    void insertFunctions(long establishmentId, long schoolYearId, List<FunctionRow> rows, String source) {
        requireOwn(establishmentId, rows.stream().map(FunctionRow::memberId).toList());
        jdbc.batchUpdate("insert into staff_function (establishment_id, staff_member_id, school_year_id, code, source) values (?, ?, ?, ?, ?)",
                rows, BATCH, (ps, r) -> {
                    ps.setLong(1, establishmentId);
                    ps.setLong(2, r.memberId());
                    ps.setLong(3, schoolYearId);
                    ps.setString(4, r.code());
                    ps.setString(5, source);
                });
    }

    void deleteServices(long establishmentId, long schoolYearId, Collection<Long> memberIds) {
        jdbc.batchUpdate("delete from staff_service where staff_member_id = ? and school_year_id = ? and establishment_id = ?", memberIds,
                BATCH, (ps, id) -> {
                    ps.setLong(1, id);
                    ps.setLong(2, schoolYearId);
                    ps.setLong(3, establishmentId);
                });
    }

    record ServiceRow(long memberId, ServedStructure structure) {
    }

    void insertServices(long establishmentId, long schoolYearId, List<ServiceRow> rows) {
        requireOwn(establishmentId, rows.stream().map(ServiceRow::memberId).toList());
        jdbc.batchUpdate("""
                        insert into staff_service (staff_member_id, school_year_id, structure_type, structure_code, subject_code, establishment_id)
                        values (?, ?, ?, ?, ?, ?)""", rows, BATCH, (ps, r) -> {
            ps.setLong(1, r.memberId());
            ps.setLong(2, schoolYearId);
            ps.setString(3, r.structure().type());
            ps.setString(4, r.structure().code());
            ps.setString(5, r.structure().subjectCode());
            ps.setLong(6, establishmentId);
        });
    }

    void deleteDisciplines(long establishmentId, Collection<Long> memberIds) {
        jdbc.batchUpdate("delete from staff_discipline where staff_member_id = ? and establishment_id = ?", memberIds, BATCH, (ps, id) -> {
            ps.setLong(1, id);
            ps.setLong(2, establishmentId);
        });
    }

    record DisciplineRow(long memberId, Discipline discipline) {
    }

    void insertDisciplines(long establishmentId, List<DisciplineRow> rows) {
        requireOwn(establishmentId, rows.stream().map(DisciplineRow::memberId).toList());
        jdbc.batchUpdate("insert into staff_discipline (staff_member_id, code, label, hours, establishment_id) values (?, ?, ?, ?, ?)", rows, BATCH,
                (ps, r) -> {
                    ps.setLong(1, r.memberId());
                    ps.setString(2, r.discipline().code());
                    ps.setString(3, r.discipline().label());
                    ps.setBigDecimal(4, r.discipline().hours());
                    ps.setLong(5, establishmentId);
                });
    }

    void replaceStructures(long establishmentId, long schoolYearId, List<IncomingStructure> structures) {
        jdbc.update("delete from staff_structure where establishment_id = ? and school_year_id = ?", establishmentId, schoolYearId);
        jdbc.batchUpdate("""
                        insert into staff_structure (establishment_id, school_year_id, structure_type, code, label, division_codes)
                        values (?, ?, ?, ?, ?, ?)""", structures, BATCH, (ps, s) -> {
            ps.setLong(1, establishmentId);
            ps.setLong(2, schoolYearId);
            ps.setString(3, s.type());
            ps.setString(4, s.code());
            ps.setString(5, s.label());
            ps.setString(6, s.divisionCodes().isEmpty() ? null : String.join("|", s.divisionCodes()));
        });
    }
}
