package org.preau.isolation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preau.api.ApiScope;
import org.preau.api.ApiTokenService;
import org.preau.support.Browser;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Tenant isolation over every entry point, found from the code ({@link EntryPoints}): each public
 * method of a feature's public bean that takes an id, each route with a parameter and each
 * {@code /api/**} endpoint is either called by a user of A with B's ids (and must refuse and leave
 * B's rows as they were) or declared exempt with its reason, in the module's {@link ModuleIsolation}.
 * Anything new and undeclared fails the suite, by name.
 */
@PreauIntegrationTest
class TenantIsolationTest {

    private static final String WHERE = "declare it in src/test/java/org/preau/isolation (the module's class in FeatureIsolations, "
            + "or a new ModuleIsolation for a new module): refuses(...) with B's ids, or exempt(..., reason)";

    @Autowired
    IsolationWorld world;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void prepare() {
        world.prepare();
    }

    static List<Cases> declarations() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isConcrete() && definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(ModuleIsolation.class));
        List<Cases> all = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.preau.isolation")) {
            try {
                var type = ClassUtils.resolveClassName(candidate.getBeanClassName(), TenantIsolationTest.class.getClassLoader());
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                ModuleIsolation isolation = (ModuleIsolation) constructor.newInstance();
                Cases cases = new Cases(isolation.module());
                isolation.declare(cases);
                all.add(cases);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return all;
    }

    private static Set<String> declaredMethods(List<Cases> all) {
        Set<String> keys = new TreeSet<>();
        all.forEach(c -> {
            c.methods.forEach(m -> keys.add(m.key()));
            keys.addAll(c.exemptMethods.keySet());
        });
        return keys;
    }

    @Test
    void every_public_method_that_takes_an_id_is_called_with_another_establishments_ids_or_exempt_with_a_reason() throws Exception {
        List<Cases> all = declarations();
        Set<String> declared = declaredMethods(all);
        List<EntryPoints.EntryMethod> methods = EntryPoints.methods();
        List<String> uncovered = methods.stream().filter(EntryPoints.EntryMethod::takesId)
                .filter(m -> !declared.contains(m.key())).map(EntryPoints.EntryMethod::signature).distinct().toList();
        Set<String> existing = methods.stream().map(EntryPoints.EntryMethod::key).collect(Collectors.toSet());
        List<String> stale = declared.stream().filter(k -> !existing.contains(k)).toList();
        writeReport(all, methods);
        if (!uncovered.isEmpty()) {
            fail("Public methods taking an id that the tenant-isolation suite does not cover (" + uncovered.size() + "):\n  "
                    + String.join("\n  ", uncovered) + "\n" + WHERE);
        }
        assertThat(stale).as("declared methods that no longer exist (remove them from the isolation declarations)").isEmpty();
    }

    @Test
    void every_route_with_a_parameter_is_declared() {
        List<Cases> all = declarations();
        Set<String> declared = new TreeSet<>();
        all.forEach(c -> {
            c.routes.forEach(r -> declared.add(r.view()));
            declared.addAll(c.exemptRoutes.keySet());
        });
        List<String> uncovered = EntryPoints.parameterRoutes().stream().filter(r -> !declared.contains(r)).toList();
        if (!uncovered.isEmpty()) fail("Routes with a parameter that the tenant-isolation suite does not cover: " + uncovered + "\n" + WHERE);
    }

    @Test
    void every_api_endpoint_is_declared_with_its_scope() {
        Set<String> declared = declarations().stream().flatMap(c -> c.endpoints.stream()).map(Cases.EndpointCase::mapping)
                .collect(Collectors.toSet());
        List<String> uncovered = apiEndpoints().stream().filter(e -> !declared.contains(e)).toList();
        if (!uncovered.isEmpty()) fail("API endpoints that the tenant-isolation suite does not cover: " + uncovered + "\n" + WHERE);
    }

    /** Every mapping under /api/, as "METHOD pattern". */
    private Set<String> apiEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<String> patterns = info.getPatternValues();
            Set<String> verbs = info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
            for (String pattern : patterns) {
                if (!pattern.startsWith("/api/")) continue;
                if (verbs.isEmpty()) endpoints.add("ANY " + pattern);
                verbs.forEach(v -> endpoints.add(v + " " + pattern));
            }
        });
        return endpoints;
    }

    @TestFactory
    Stream<DynamicTest> each_method_refuses_another_establishments_ids_and_changes_none_of_its_rows() {
        return declarations().stream().flatMap(c -> c.methods.stream()).map(m -> DynamicTest.dynamicTest(
                m.key() + " as " + m.as() + " with " + m.what(), () -> {
                    world.prepare();
                    Map<String, String> before = world.fingerprintOfB();
                    Object result = null;
                    Throwable thrown = null;
                    try {
                        Object[] holder = new Object[1];
                        world.as(m.as(), () -> {
                            try {
                                holder[0] = m.call().call(world);
                            } catch (RuntimeException e) {
                                throw e;
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
                        result = holder[0];
                    } catch (Throwable e) {
                        thrown = e;
                    }
                    Map<String, String> after = world.fingerprintOfB();
                    assertThat(after).as(m.key() + " changed rows of B").isEqualTo(before);
                    if (thrown != null) {
                        assertThat(isRefusal(thrown) || m.alsoRefusal() != null && m.alsoRefusal().isInstance(thrown)).as(m.key() + " failed for another reason than a refusal: " + thrown).isTrue();
                    } else {
                        assertThat(isNothing(result)).as(m.key() + " answered B's data: " + result).isTrue();
                    }
                }));
    }

    /** A refusal: access denied, or "no such row" (a row out of reach is refused like one that does not exist). */
    static boolean isRefusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException || t instanceof NoSuchElementException || t instanceof EmptyResultDataAccessException
                    || t instanceof IllegalArgumentException || t instanceof jakarta.persistence.EntityNotFoundException
                    || t.getClass().getSimpleName().contains("NotFound") || t.getClass().getSimpleName().contains("Unknown")) {
                return true;
            }
        }
        return false;
    }

    /** An answer that holds nothing of B. */
    static boolean isNothing(Object result) {
        return result == null
                || result instanceof Optional<?> o && o.isEmpty()
                || result instanceof Collection<?> c && c.isEmpty()
                || result instanceof Map<?, ?> m && m.isEmpty()
                || result instanceof Number n && n.longValue() == 0
                || Boolean.FALSE.equals(result);
    }

    @Test
    void each_route_with_an_id_shows_the_french_refusal_for_another_establishments_id() {
        List<Cases.RouteCase> routes = declarations().stream().flatMap(c -> c.routes.stream()).toList();
        for (Cases.RouteCase route : routes) {
            try (Browser browser = new Browser("http://localhost:" + port)) {
                browser.logIn(route.as().username(), IsolationWorld.PASSWORD);
                new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
                String path = route.path().apply(world);
                browser.open("/" + path);
                var refusal = browser.waitFor(By.cssSelector("#access-denied, #not-found"));
                assertThat(refusal.getText()).as(route.view() + " at " + path).containsAnyOf("Accès refusé", "Page introuvable");
            }
        }
        assertThat(routes).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> each_endpoint_refuses_a_token_of_another_scope_and_bs_token_on_as_resources() {
        return declarations().stream().flatMap(c -> c.endpoints.stream()).map(e -> DynamicTest.dynamicTest(e.mapping(), () -> {
            world.prepare();
            Cases.EndpointCall call = e.call().apply(world);
            ApiScope needed = ApiScope.valueOf(e.scope());
            Set<ApiScope> others = EnumSet.complementOf(EnumSet.of(needed));
            String wrongScope = world.as(Cases.As.FR_DIRECTOR, () -> world.bean(ApiTokenService.class)
                    .create("autre portée " + System.nanoTime(), others).token());
            assertThat(send(call, wrongScope).statusCode()).as(e.mapping() + " with a token without " + needed).isEqualTo(403);

            // here the caller is the école (its own history may record the refusal): the lycée's rows must not move
            Map<String, String> before = world.fingerprintOf(world.lycee(), world.lycee());
            HttpResponse<String> foreign = send(call, world.bBeToken());
            assertThat(foreign.statusCode()).as(e.mapping() + " with the école's token on the lycée's resource: " + foreign.body())
                    .isBetween(400, 499);
            assertThat(world.fingerprintOf(world.lycee(), world.lycee())).as(e.mapping() + " changed rows of the lycée").isEqualTo(before);
        }));
    }

    private HttpResponse<String> send(Cases.EndpointCall call, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + call.pathAndQuery()))
                .header("Authorization", "Bearer " + token).header("Content-Type", call.contentType())
                .method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.body())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What the suite checked and what it exempts, with the reasons: target/isolation-report.txt. */
    private void writeReport(List<Cases> all, List<EntryPoints.EntryMethod> methods) throws Exception {
        StringBuilder report = new StringBuilder("Tenant-isolation suite\n");
        long withId = methods.stream().filter(EntryPoints.EntryMethod::takesId).count();
        long calls = all.stream().mapToLong(c -> c.methods.size()).sum();
        long routes = all.stream().mapToLong(c -> c.routes.size()).sum();
        long endpoints = all.stream().mapToLong(c -> c.endpoints.size()).sum();
        report.append("public methods of feature beans: ").append(methods.size()).append(", taking an id: ").append(withId)
                .append(", called with B's ids: ").append(calls).append(" cases\n")
                .append("routes with a parameter checked: ").append(routes).append(", API endpoints checked: ").append(endpoints).append("\n\n");
        report.append("Exempt methods taking an id, and why:\n");
        all.forEach(c -> c.exemptMethods.forEach((k, v) -> report.append("  ").append(k).append(": ").append(v).append('\n')));
        all.forEach(c -> c.exemptRoutes.forEach((k, v) -> report.append("  route ").append(k).append(": ").append(v).append('\n')));
        report.append("\nMethods taking no id (exempt: they act on the signed-in user's own establishment, taken from the principal):\n");
        methods.stream().filter(m -> !m.takesId()).forEach(m -> report.append("  ").append(m.signature()).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/isolation-report.txt"), report);
        System.out.println(report.substring(0, report.indexOf("\n\n")));
    }
}
