package org.preau.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one real Keycloak for the whole test run, the first time a test class asks for it,
 * and stops it when the run ends (the root store closes it). Declare it before
 * {@code @SpringBootTest}, so that Keycloak runs before the Spring context reads its issuer:
 *
 * <pre>{@code
 * @ExtendWith(KeycloakExtension.class)
 * @SpringBootTest(webEnvironment = RANDOM_PORT)
 * @ActiveProfiles({"test", "keycloak"})
 * class SomeTest {
 *     @DynamicPropertySource
 *     static void keycloak(DynamicPropertyRegistry registry) { KeycloakExtension.register(registry); }
 * }
 * }</pre>
 */
public final class KeycloakExtension implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KeycloakExtension.class);

    private static volatile KeycloakServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(KeycloakServer.class, key -> KeycloakServer.start(), KeycloakServer.class);
    }

    /** The running Keycloak; only within a class that declares this extension. */
    public static KeycloakServer server() {
        KeycloakServer running = server;
        if (running == null) {
            throw new IllegalStateException("Keycloak is not started: declare @ExtendWith(KeycloakExtension.class) before @SpringBootTest");
        }
        return running;
    }

    /** Points the {@code keycloak} profile's settings at the running Keycloak. */
    public static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("PREAU_OIDC_ISSUER_URI", () -> server().issuerUri());
        registry.add("PREAU_OIDC_CLIENT_ID", () -> KeycloakServer.CLIENT_ID);
        registry.add("PREAU_OIDC_CLIENT_SECRET", () -> server().clientSecret());
    }
}
