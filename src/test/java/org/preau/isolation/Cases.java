package org.preau.isolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What one module declares: how each of its public methods that takes an id is called by a user
 * of establishment A with the ids of establishment B, or why the method is exempt; the same for
 * its routes with a parameter and its {@code /api/**} endpoints. Filled by the
 * {@link ModuleIsolation} classes of this package, one per module.
 */
final class Cases {

    /** The users of A: one per role, in a French and in a Belgian establishment that own nothing of B's. */
    enum As {
        FR_DIRECTOR, FR_SECRETARY, FR_TEACHER, FR_INSPECTOR, BE_DIRECTOR, BE_SECRETARY, BE_TEACHER;

        String username() {
            return "iso." + name().toLowerCase().replace('_', '.');
        }
    }

    @FunctionalInterface
    interface Call {
        Object call(IsolationWorld world) throws Exception;
    }

    /** {@code alsoRefusal}: a module's own exception that says "not of this establishment" (null: the usual refusals only). */
    record MethodCase(String key, As as, String what, Call call, Class<? extends Throwable> alsoRefusal) {
    }

    record RouteCase(String view, As as, Function<IsolationWorld, String> path) {
    }

    /** An endpoint: its method and pattern as Spring maps it, the scope it needs and a call of A's resource with B's token. */
    record EndpointCase(String mapping, String scope, Function<IsolationWorld, EndpointCall> call) {
    }

    record EndpointCall(String method, String pathAndQuery, String contentType, byte[] body) {
    }

    final String module;
    final List<MethodCase> methods = new ArrayList<>();
    final Map<String, String> exemptMethods = new TreeMap<>();
    final List<RouteCase> routes = new ArrayList<>();
    final Map<String, String> exemptRoutes = new TreeMap<>();
    final List<EndpointCase> endpoints = new ArrayList<>();

    Cases(String module) {
        this.module = module;
    }

    /** Called as {@code as} with B's ids, the method must refuse (or answer nothing) and change none of B's rows. */
    Cases refuses(Class<?> bean, String method, As as, String what, Call call) {
        methods.add(new MethodCase(bean.getSimpleName() + "." + method, as, what, call, null));
        return this;
    }

    /** Like {@link #refuses}, where the module refuses with an exception of its own naming the establishment. */
    Cases refusesWith(Class<? extends Throwable> refusal, Class<?> bean, String method, As as, Call call) {
        methods.add(new MethodCase(bean.getSimpleName() + "." + method, as, "B's id", call, refusal));
        return this;
    }

    Cases refuses(Class<?> bean, String method, As as, Call call) {
        return refuses(bean, method, as, "B's id", call);
    }

    /** Every overload of that method is exempt, for the reason given. */
    Cases exempt(Class<?> bean, String method, String reason) {
        exemptMethods.put(bean.getSimpleName() + "." + method, reason);
        return this;
    }

    Cases route(Class<?> view, As as, Function<IsolationWorld, String> path) {
        routes.add(new RouteCase(view.getSimpleName(), as, path));
        return this;
    }

    Cases exemptRoute(Class<?> view, String reason) {
        exemptRoutes.put(view.getSimpleName(), reason);
        return this;
    }

    Cases endpoint(String mapping, String scope, Function<IsolationWorld, EndpointCall> call) {
        endpoints.add(new EndpointCase(mapping, scope, call));
        return this;
    }
}
