package org.preau.staff;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V40 on data written before it: a schema of its own on the embedded MariaDB, migrated up to V39,
 * filled with today's presence values and a DIR function, then migrated to V40.
 */
@PreauIntegrationTest
class StaffPresenceMigrationTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    @Test
    void present_conge_absent_and_the_dir_function_become_the_seeds_tick_boxes_for_every_year() throws Exception {
        String url;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL().replaceFirst("/[A-Za-z0-9_]+(\\?|$)", "/preau_v40_check$1");
        }
        jdbc.execute("drop database if exists preau_v40_check");
        try {
            DriverManagerDataSource other = new DriverManagerDataSource(url.contains("createDatabaseIfNotExist") ? url
                    : url + (url.contains("?") ? "&" : "?") + "createDatabaseIfNotExist=true");
            // The last migration before V40, whichever other ranges exist by then.
            String before = java.util.Arrays.stream(Flyway.configure().dataSource(other).locations("classpath:db/migration").load().info().all())
                    .map(i -> i.getVersion()).filter(v -> v != null && v.isNewerThan("0") && !v.isAtLeast("40"))
                    .max(Comparable::compareTo).orElseThrow().getVersion();
            Flyway.configure().dataSource(other).locations("classpath:db/migration").target(before).load().migrate();
            JdbcTemplate old = new JdbcTemplate(other);
            old.update("insert into establishment (school_system, name, email, fase) values ('BE', 'École test', 'ecole@test.example', '9876')");
            long e = old.queryForObject("select id from establishment where fase = '9876'", Long.class);
            old.update("insert into school_year (establishment_id, start_year, state) values (?, 2025, 'CLOTUREE'), (?, 2026, 'EN_COURS')", e, e);
            long y2025 = old.queryForObject("select id from school_year where establishment_id = ? and start_year = 2025", Long.class, e);
            long y2026 = old.queryForObject("select id from school_year where establishment_id = ? and start_year = 2026", Long.class, e);
            for (String[] p : List.of(new String[]{"Present", "PRESENT"}, new String[]{"Conge", "CONGE"}, new String[]{"Absent", "ABSENT"})) {
                old.update("insert into staff_member (establishment_id, nom_usage, prenom, presence, created_at) values (?, ?, 'X', ?, now(6))",
                        e, p[0], p[1]);
            }
            long present = old.queryForObject("select id from staff_member where nom_usage = 'Present'", Long.class);
            old.update("insert into staff_function (establishment_id, staff_member_id, school_year_id, code, source) values (?, ?, ?, 'DIR', 'MANUAL')",
                    e, present, y2026);

            Flyway.configure().dataSource(other).locations("classpath:db/migration").target("40").load().migrate();

            Map<String, List<Object>> rows = new java.util.TreeMap<>();
            old.query("select m.nom_usage, y.start_year, p.presence_administrative, p.presence_physique, p.fonction_promotion "
                    + "from staff_year_presence p join staff_member m on m.id = p.staff_member_id join school_year y on y.id = p.school_year_id",
                    rs -> {
                        rows.put(rs.getString(1) + " " + rs.getInt(2), List.of(rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5)));
                    });
            assertThat(rows).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "Present 2025", List.of(true, true, false), "Present 2026", List.of(true, true, true),
                    "Conge 2025", List.of(true, false, false), "Conge 2026", List.of(true, false, false),
                    "Absent 2025", List.of(false, false, false), "Absent 2026", List.of(false, false, false)));
            assertThat(old.queryForList("select code from staff_function where staff_member_id = ? and school_year_id = ?", String.class,
                    present, y2026)).containsExactly("DIR");
            assertThat(old.queryForList("select column_name from information_schema.columns where table_schema = 'preau_v40_check' "
                    + "and table_name = 'staff_member' and column_name = 'presence'", String.class)).isEmpty();
        } finally {
            jdbc.execute("drop database if exists preau_v40_check");
        }
    }
}
