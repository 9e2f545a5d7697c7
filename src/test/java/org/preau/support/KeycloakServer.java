package org.preau.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak in dev mode, started from the distribution that the build unpacks into
 * {@code .keycloak/}, with the realm of {@code docker/keycloak/preau-realm.json} imported into
 * an in-memory database (so every start reads the file afresh). Stopped with SIGTERM; whatever
 * is still alive after a grace period is killed, the Keycloak JVM under {@code kc.sh} included.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "preau";
    public static final String CLIENT_ID = "preau";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Process process;
    private final int httpPort;
    private final String clientSecret;
    private final Path log;
    private final Thread shutdownHook;

    private KeycloakServer(Process process, int httpPort, String clientSecret, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.clientSecret = clientSecret;
        this.log = log;
        this.shutdownHook = new Thread(this::stop, "keycloak-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts Keycloak on free ports and waits until it is ready and the realm is there. */
    public static KeycloakServer start() {
        Path projectDir = Path.of("").toAbsolutePath();
        Path home = Path.of(System.getProperty("preau.keycloak.home", ".keycloak/keycloak-26.7.3")).toAbsolutePath();
        Path kcSh = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(kcSh)) {
            throw new IllegalStateException("No Keycloak at " + home + ": run `./mvnw process-test-resources` "
                    + "(it unpacks org.keycloak:keycloak-quarkus-dist into .keycloak/)");
        }
        Path realm = projectDir.resolve("docker/keycloak/preau-realm.json");
        int httpPort = freePort();
        int managementPort = freePort();
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        long started = System.nanoTime();
        try {
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, importDir.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Path logDir = Files.isDirectory(projectDir.resolve("target")) ? projectDir.resolve("target") : home;
            Path log = logDir.resolve("keycloak-" + httpPort + ".log");
            ProcessBuilder builder = new ProcessBuilder(kcSh.toString(), "start-dev",
                    "--http-port=" + httpPort, "--http-management-port=" + managementPort,
                    "--health-enabled=true", "--db=dev-mem", "--import-realm")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // The JDK that runs the tests runs Keycloak too; the realm file reads these two.
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("PREAU_OIDC_CLIENT_SECRET", secret);
            builder.environment().put("PREAU_PUBLIC_URL", "http://localhost");
            // An administrator, for the tests that act as one (sign a disabled account out)
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", secret);
            KeycloakServer server = new KeycloakServer(builder.start(), httpPort, secret, log);
            try {
                server.awaitReady(managementPort);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            System.out.printf("Keycloak ready on port %d in %.1f s (log: %s)%n", httpPort,
                    (System.nanoTime() - started) / 1e9, projectDir.relativize(log));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    public String issuerUri() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** The administrator of the master realm; its password is the client secret (random per run). */
    public static final String ADMIN = "preau-test-admin";

    public String clientSecret() {
        return clientSecret;
    }

    private void awaitReady(int managementPort) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        URI discovery = URI.create(issuerUri() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting (exit " + process.exitValue() + "):\n" + tail());
            }
            if (ok(http, health) && ok(http, discovery)) return;
            sleep(500);
        }
        throw new IllegalStateException("Keycloak not ready after " + START_TIMEOUT.toSeconds() + " s:\n" + tail());
    }

    private static boolean ok(HttpClient http, URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing to remove
        }
    }

    /** SIGTERM to kc.sh and everything under it, then a kill for whatever outlives the grace period. */
    private synchronized void stop() {
        if (!process.isAlive() && process.descendants().findAny().isEmpty()) return;
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ProcessHandle handle : concat(process.toHandle(), descendants)) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception notYet) {
                handle.destroyForcibly();
            }
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
    }

    private static List<ProcessHandle> concat(ProcessHandle first, List<ProcessHandle> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
