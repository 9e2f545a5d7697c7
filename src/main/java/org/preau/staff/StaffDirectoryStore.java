package org.preau.staff;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The staff list and staff page in SQL: always filtered by establishment. */
@Repository
class StaffDirectoryStore {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    StaffDirectoryStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    // ---- list ----

    private static String where(StaffQuery query, MapSqlParameterSource params, long establishmentId, LocalDate today) {
        StringBuilder where = new StringBuilder(" where m.establishment_id = :e");
        params.addValue("e", establishmentId).addValue("y", query.schoolYearId()).addValue("today", Date.valueOf(today));
        if (query.search() != null && !query.search().isBlank()) {
            where.append(" and (m.nom_usage like :s or m.nom_patronymique like :s or m.prenom like :s"
                    + " or concat(m.nom_usage, ' ', m.prenom) like :s or concat(m.prenom, ' ', m.nom_usage) like :s)");
            params.addValue("s", "%" + query.search().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (StaffQuery.PROMOTION.equals(query.functionCode())) {
            where.append(" and exists (select 1 from staff_year_presence p where p.staff_member_id = m.id and p.fonction_promotion"
                    + " and p.school_year_id = ").append(StaffYearPresence.latest(":y")).append(")");
        } else if (query.functionCode() != null) {
            where.append(" and exists (select 1 from staff_function f where f.staff_member_id = m.id and f.school_year_id = :y and f.code = :f)");
            params.addValue("f", query.functionCode());
        }
        String left = "(m.exit_date is not null and m.exit_date <= :today)";
        String hasFunction = "exists (select 1 from staff_function f2 where f2.staff_member_id = m.id and f2.school_year_id = :y)";
        switch (query.status() == null ? StaffQuery.Status.ALL : query.status()) {
            case IN_FUNCTION -> where.append(" and not ").append(left).append(" and ").append(hasFunction);
            case WITHOUT_FUNCTION -> where.append(" and not ").append(left).append(" and not ").append(hasFunction);
            case LEFT -> where.append(" and ").append(left);
            case ALL -> {
            }
        }
        return where.toString();
    }

    int count(long establishmentId, StaffQuery query, LocalDate today) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Integer n = named.queryForObject("select count(*) from staff_member m" + where(query, params, establishmentId, today), params, Integer.class);
        return n == null ? 0 : n;
    }

    List<StaffListItem> list(long establishmentId, StaffQuery query, LocalDate today, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", limit).addValue("offset", offset);
        String sql = """
                select m.id, m.civilite, m.nom_usage, m.prenom, m.exit_date, m.username,
                  (select group_concat(f.code order by f.code separator '|') from staff_function f where f.staff_member_id = m.id and f.school_year_id = :y) functions,
                  (select group_concat(d.code order by d.code separator '|') from staff_discipline d where d.staff_member_id = m.id) disciplines,
                  (select group_concat(distinct s.structure_code order by s.structure_type, s.structure_code separator '|')
                     from staff_service s where s.staff_member_id = m.id and s.school_year_id = :y) structures
                from staff_member m""" + where(query, params, establishmentId, today)
                + " order by m.nom_usage, m.prenom, m.id limit :limit offset :offset";
        return named.query(sql, params, (rs, i) -> {
            Date exit = rs.getDate("exit_date");
            return new StaffListItem(rs.getLong("id"), rs.getString("civilite"), rs.getString("nom_usage"), rs.getString("prenom"),
                    split(rs.getString("functions")), split(rs.getString("disciplines")), split(rs.getString("structures")),
                    exit == null ? null : exit.toLocalDate(), rs.getString("username"));
        });
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
    }

    // ---- one record ----

    Optional<StaffDetails> find(long establishmentId, long id, long schoolYearId) {
        List<StaffDetails> found = jdbc.query("select m.*, coalesce(p.presence_administrative, true) presence_administrative,"
                        + " coalesce(p.presence_physique, true) presence_physique, coalesce(p.fonction_promotion, false) fonction_promotion"
                        + " from staff_member m left join staff_year_presence p on p.staff_member_id = m.id and p.school_year_id = "
                        + StaffYearPresence.LATEST + " where m.id = ? and m.establishment_id = ?",
                (rs, i) -> details(rs), schoolYearId, id, establishmentId);
        if (found.isEmpty()) return Optional.empty();
        StaffDetails d = found.getFirst();
        d.setSchoolYearId(schoolYearId);
        d.setFunctions(new TreeSet<>(jdbc.queryForList(
                "select code from staff_function where staff_member_id = ? and school_year_id = ?", String.class, id, schoolYearId)));
        d.setDisciplines(jdbc.query("select code, label, hours from staff_discipline where staff_member_id = ? order by code",
                (rs, i) -> new Discipline(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)), id));
        d.setServed(jdbc.query("""
                        select structure_type, structure_code, subject_code from staff_service where staff_member_id = ? and school_year_id = ?
                        order by structure_type, structure_code, subject_code""",
                (rs, i) -> new ServedStructure(rs.getString(1), rs.getString(2), rs.getString(3)), id, schoolYearId));
        return Optional.of(d);
    }

    Optional<Long> idOfUsername(long establishmentId, String username) {
        return jdbc.queryForList("select id from staff_member where establishment_id = ? and username = ?", Long.class,
                establishmentId, username).stream().findFirst();
    }

    private static StaffDetails details(ResultSet rs) throws SQLException {
        StaffDetails d = new StaffDetails();
        d.setId(rs.getLong("id"));
        d.setVersion(rs.getLong("version"));
        d.setExternalType(rs.getString("external_type"));
        d.setExternalId(rs.getString("external_id"));
        d.setCivilite(rs.getString("civilite"));
        d.setNomUsage(rs.getString("nom_usage"));
        d.setNomPatronymique(rs.getString("nom_patronymique"));
        d.setPrenom(rs.getString("prenom"));
        d.setDateNaissance(date(rs, "date_naissance"));
        d.setSexe(rs.getString("sexe"));
        d.setGrade(rs.getString("grade"));
        d.setEmailPro(rs.getString("email_pro"));
        d.setEmailPerso(rs.getString("email_perso"));
        d.setExitDate(date(rs, "exit_date"));
        d.setPresenceAdministrative(rs.getBoolean("presence_administrative"));
        d.setPresencePhysique(rs.getBoolean("presence_physique"));
        d.setFonctionPromotion(rs.getBoolean("fonction_promotion"));
        d.setUsername(rs.getString("username"));
        Timestamp updated = rs.getTimestamp("updated_at");
        d.setUpdatedAt(updated == null ? null : updated.toInstant());
        d.setUpdatedBy(rs.getString("updated_by"));
        return d;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** Saves the editable fields when the version read is still the stored one; false otherwise. */
    boolean update(long establishmentId, StaffDetails d, String by, Instant now) {
        return jdbc.update("""
                        update staff_member set civilite = ?, nom_usage = ?, nom_patronymique = ?, prenom = ?, date_naissance = ?, sexe = ?,
                            email_pro = ?, email_perso = ?, exit_date = ?, version = version + 1, updated_at = ?, updated_by = ?
                        where id = ? and establishment_id = ? and version = ?""",
                d.getCivilite(), d.getNomUsage().strip(), blankToNull(d.getNomPatronymique()), d.getPrenom().strip(),
                d.getDateNaissance() == null ? null : Date.valueOf(d.getDateNaissance()), d.getSexe(),
                blankToNull(d.getEmailPro()), blankToNull(d.getEmailPerso()),
                d.getExitDate() == null ? null : Date.valueOf(d.getExitDate()),
                Timestamp.from(now), by, d.getId(), establishmentId, d.getVersion()) == 1;
    }

    long insert(long establishmentId, StaffDetails d, String by, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("""
                    insert into staff_member (establishment_id, civilite, nom_usage, nom_patronymique, prenom, date_naissance, sexe,
                        email_pro, email_perso, exit_date, created_at, updated_at, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[]{"id"});
            ps.setLong(1, establishmentId);
            ps.setString(2, d.getCivilite());
            ps.setString(3, d.getNomUsage().strip());
            ps.setString(4, blankToNull(d.getNomPatronymique()));
            ps.setString(5, d.getPrenom().strip());
            ps.setDate(6, d.getDateNaissance() == null ? null : Date.valueOf(d.getDateNaissance()));
            ps.setString(7, d.getSexe());
            ps.setString(8, blankToNull(d.getEmailPro()));
            ps.setString(9, blankToNull(d.getEmailPerso()));
            ps.setDate(10, d.getExitDate() == null ? null : Date.valueOf(d.getExitDate()));
            ps.setTimestamp(11, Timestamp.from(now));
            ps.setTimestamp(12, Timestamp.from(now));
            ps.setString(13, by);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** The presences and fonction de promotion of one year (that year's row, written whole). */
    void savePresence(long establishmentId, long memberId, long schoolYearId, StaffDetails d) {
        jdbc.update("insert into staff_year_presence (staff_member_id, school_year_id, establishment_id, presence_administrative,"
                        + " presence_physique, fonction_promotion) values (?, ?, ?, ?, ?, ?) on duplicate key update"
                        + " presence_administrative = values(presence_administrative), presence_physique = values(presence_physique),"
                        + " fonction_promotion = values(fonction_promotion)",
                memberId, schoolYearId, establishmentId, d.isPresenceAdministrative(), d.isPresencePhysique(), d.isFonctionPromotion());
    }

    void replaceFunctions(long establishmentId, long memberId, long schoolYearId, Set<String> codes, String source) {
        jdbc.update("delete from staff_function where staff_member_id = ? and school_year_id = ?", memberId, schoolYearId);
        for (String code : codes) {
            jdbc.update("insert into staff_function (establishment_id, staff_member_id, school_year_id, code, source) values (?, ?, ?, ?, ?)",
                    establishmentId, memberId, schoolYearId, code, source);
        }
    }

    boolean setUsername(long establishmentId, long memberId, String username, String by, Instant now) {
        return jdbc.update("update staff_member set username = ?, version = version + 1, updated_at = ?, updated_by = ? where id = ? and establishment_id = ?",
                username, Timestamp.from(now), by, memberId, establishmentId) == 1;
    }

    // ---- a teacher's divisions ----

    Set<String> divisionsOf(long establishmentId, String username, long schoolYearId) {
        Set<String> divisions = new TreeSet<>();
        jdbc.query("""
                select s.structure_type, s.structure_code, st.division_codes from staff_service s
                join staff_member m on m.id = s.staff_member_id
                left join staff_structure st on st.establishment_id = s.establishment_id and st.school_year_id = s.school_year_id
                     and st.structure_type = s.structure_type and st.code = s.structure_code
                where m.establishment_id = ? and m.username = ? and s.school_year_id = ?""", rs -> {
            if (ServedStructure.DIVISION.equals(rs.getString(1))) {
                divisions.add(rs.getString(2));
            } else if (rs.getString(3) != null) {
                divisions.addAll(Arrays.asList(rs.getString(3).split("\\|")));
            }
        }, establishmentId, username, schoolYearId);
        return divisions;
    }

    // ---- carry-over at the switchover ----

    record YearFunctions(long memberId, String nomUsage, String prenom, LocalDate exitDate, Set<String> codes) {
    }

    /** Members with functions in a year, with those functions, sorted by name. */
    List<YearFunctions> functionsOfYear(long establishmentId, long schoolYearId) {
        Map<Long, YearFunctions> byMember = new HashMap<>();
        List<YearFunctions> ordered = new ArrayList<>();
        jdbc.query("""
                select m.id, m.nom_usage, m.prenom, m.exit_date, f.code from staff_function f join staff_member m on m.id = f.staff_member_id
                where f.establishment_id = ? and f.school_year_id = ? order by m.nom_usage, m.prenom, m.id, f.code""", rs -> {
            long id = rs.getLong(1);
            YearFunctions y = byMember.get(id);
            if (y == null) {
                Date exit = rs.getDate(4);
                y = new YearFunctions(id, rs.getString(2), rs.getString(3), exit == null ? null : exit.toLocalDate(), new LinkedHashSet<>());
                byMember.put(id, y);
                ordered.add(y);
            }
            y.codes().add(rs.getString(5));
        }, establishmentId, schoolYearId);
        return ordered;
    }

    Set<Long> membersWithFunctions(long establishmentId, long schoolYearId) {
        return new java.util.HashSet<>(jdbc.queryForList(
                "select distinct staff_member_id from staff_function where establishment_id = ? and school_year_id = ?",
                Long.class, establishmentId, schoolYearId));
    }

    void insertFunctions(long establishmentId, long schoolYearId, List<StaffStore.FunctionRow> rows, String source) {
        jdbc.batchUpdate("insert into staff_function (establishment_id, staff_member_id, school_year_id, code, source) values (?, ?, ?, ?, ?)",
                rows, StaffStore.BATCH, (ps, r) -> {
                    ps.setLong(1, establishmentId);
                    ps.setLong(2, r.memberId());
                    ps.setLong(3, schoolYearId);
                    ps.setString(4, r.code());
                    ps.setString(5, source);
                });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
