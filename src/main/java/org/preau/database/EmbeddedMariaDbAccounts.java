package org.preau.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * The accounts of the embedded MariaDB: a random root password and Préau's own user, limited to
 * its database, kept in a file that only its owner may read, beside the data. Made once, at the
 * first start of a data folder, and for a data folder made before passwords existed (then every
 * local account of the machine could read every pupil through root without a password).
 */
final class EmbeddedMariaDbAccounts {

    static final String APP_USER = "preau";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String rootPassword;
    private final String appPassword;

    private EmbeddedMariaDbAccounts(String rootPassword, String appPassword) {
        this.rootPassword = rootPassword;
        this.appPassword = appPassword;
    }

    String rootPassword() {
        return rootPassword;
    }

    String appPassword() {
        return appPassword;
    }

    /** Where the passwords of a data folder are kept: beside it, {@code <data folder>.credentials}. */
    static Path fileOf(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".credentials");
    }

    static boolean existFor(Path dataDir) {
        return Files.isRegularFile(fileOf(dataDir));
    }

    static EmbeddedMariaDbAccounts read(Path dataDir) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(fileOf(dataDir), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EmbeddedMariaDbAccounts(properties.getProperty("root.password"), properties.getProperty("preau.password"));
    }

    /**
     * On a server started without grant checks (the one start where root has no password yet):
     * turns the checks on, gives every root account the new password, drops anonymous accounts,
     * creates Préau's user with rights on its database only, then writes the file (0600).
     */
    static EmbeddedMariaDbAccounts create(int port, String schema, Path dataDir) {
        EmbeddedMariaDbAccounts accounts = new EmbeddedMariaDbAccounts(newPassword(), newPassword());
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement s = c.createStatement()) {
            s.execute("FLUSH PRIVILEGES");
            s.execute("CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            List<String[]> users = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT user, host FROM mysql.user")) {
                while (rs.next()) users.add(new String[]{rs.getString(1), rs.getString(2)});
            }
            for (String[] user : users) {
                String account = "'" + user[0] + "'@'" + user[1] + "'";
                if (user[0].isEmpty()) s.execute("DROP USER " + account);
                else if (user[0].equals("root")) s.execute("ALTER USER " + account + " IDENTIFIED BY '" + accounts.rootPassword + "'");
            }
            // with --skip-name-resolve a TCP connection from the loopback is 127.0.0.1, never "localhost"
            s.execute("CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '" + accounts.rootPassword + "'");
            s.execute("GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION");
            s.execute("CREATE USER IF NOT EXISTS '" + APP_USER + "'@'127.0.0.1' IDENTIFIED BY '" + accounts.appPassword + "'");
            s.execute("ALTER USER '" + APP_USER + "'@'127.0.0.1' IDENTIFIED BY '" + accounts.appPassword + "'");
            s.execute("GRANT ALL PRIVILEGES ON `" + schema + "`.* TO '" + APP_USER + "'@'127.0.0.1'");
            s.execute("FLUSH PRIVILEGES");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the embedded MariaDB's passwords", e);
        }
        accounts.write(fileOf(dataDir));
        return accounts;
    }

    private void write(Path file) {
        Properties properties = new Properties();
        properties.setProperty("root.password", rootPassword);
        properties.setProperty("preau.user", APP_USER);
        properties.setProperty("preau.password", appPassword);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(writer, "Embedded MariaDB accounts of Préau: keep this file private (read by its owner only)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 24 random bytes in URL-safe Base64: no quote to escape in SQL. */
    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
