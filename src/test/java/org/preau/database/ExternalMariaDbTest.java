package org.preau.database;

import org.junit.jupiter.api.Test;
import org.preau.PreauApplication;
import org.preau.support.StandaloneMariaDb;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code prod} profile on a MariaDB server of its own, as in production: a separate process
 * with access control on, an empty database and a user with a password, all given through
 * {@code PREAU_DB_URL}, {@code PREAU_DB_USER} and {@code PREAU_DB_PASSWORD}. Préau migrates the
 * database and serves its login page; nothing embedded starts.
 */
class ExternalMariaDbTest {

    @Test
    void the_prod_profile_migrates_an_empty_external_database_and_serves_the_login_page() throws Exception {
        String password = password();
        try (StandaloneMariaDb server = StandaloneMariaDb.start(Path.of("target/mariadb-base"), Path.of("target"))) {
            try (Connection root = server.root(); Statement s = root.createStatement()) {
                s.execute("CREATE DATABASE preau CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                s.execute("CREATE USER 'preau'@'127.0.0.1' IDENTIFIED BY '" + password + "'");
                s.execute("GRANT ALL PRIVILEGES ON preau.* TO 'preau'@'127.0.0.1'");
            }
            // Access control is on: a wrong password is refused.
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("preau"), "preau", "wrong").close())
                    .isInstanceOf(SQLException.class);

            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PreauApplication.class)
                    .profiles("prod")
                    .run("--server.port=0",
                            "--PREAU_DB_URL=" + server.jdbcUrl("preau"),
                            "--PREAU_DB_USER=preau",
                            "--PREAU_DB_PASSWORD=" + password)) {
                assertThat(app.getBeanNamesForType(EmbeddedMariaDb.class)).isEmpty();

                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<String> start = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(start.statusCode()).isEqualTo(302);
                assertThat(start.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
                HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(login.statusCode()).isEqualTo(200);
                assertThat(login.body()).contains("<html lang=\"fr\"");
            }

            int migrations = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql").length;
            try (Connection c = DriverManager.getConnection(server.jdbcUrl("preau"), "preau", password);
                 Statement s = c.createStatement()) {
                assertThat(count(s, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")).isEqualTo(migrations);
                // prod loads no demo data
                assertThat(count(s, "SELECT COUNT(*) FROM establishment")).isZero();
                assertThat(count(s, "SELECT COUNT(*) FROM user_account")).isZero();
            }
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String password() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
