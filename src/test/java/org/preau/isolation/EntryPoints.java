package org.preau.isolation;

import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds, from the compiled code, every entry point the isolation suite must cover: the public
 * methods of the feature modules' public Spring beans, the routes with a parameter and the
 * {@code /api/**} endpoints. Nothing here is a hand-written list, so a method or a route added
 * tomorrow shows up by itself.
 */
final class EntryPoints {

    /** Modules that are not features: shared code, the embedded database, demo data, the sandbox peers, the layout. */
    static final Set<String> NOT_FEATURES = Set.of("base", "database", "demo", "sandbox", "ui");

    /** A parameter that names a row: an id, a list of ids, a username; or a value object holding one. */
    private static final Pattern ID_NAME = Pattern.compile("(?i).*(id|ids)$|username|token");

    record EntryMethod(Class<?> bean, Method method, boolean takesId) {
        String key() {
            return bean.getSimpleName() + "." + method.getName();
        }

        String module() {
            return moduleOf(bean);
        }

        String signature() {
            StringBuilder text = new StringBuilder(key()).append('(');
            Parameter[] parameters = method.getParameters();
            for (int i = 0; i < parameters.length; i++) {
                if (i > 0) text.append(", ");
                text.append(parameters[i].getType().getSimpleName()).append(' ').append(parameters[i].getName());
            }
            return text.append(')').toString();
        }
    }

    private EntryPoints() {
    }

    static String moduleOf(Class<?> type) {
        String rest = type.getPackageName().substring("org.preau.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static List<Class<?>> featureBeans() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<Class<?>> beans = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.preau")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), EntryPoints.class.getClassLoader());
            if (!Modifier.isPublic(type.getModifiers()) || type.isAnnotationPresent(Configuration.class)) continue;
            if (!isMainCode(type)) continue;
            if (type.getPackageName().equals("org.preau") || NOT_FEATURES.contains(moduleOf(type))) continue;
            if (type.getPackageName().endsWith(".ui") || type.isAnnotationPresent(Route.class)) continue;
            beans.add(type);
        }
        beans.sort(Comparator.comparing(Class::getName));
        return beans;
    }

    /** Test support classes are beans too, in the same packages: only the application's own code counts. */
    private static boolean isMainCode(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source == null || !source.getLocation().toString().contains("test-classes");
    }

    static List<EntryMethod> methods() {
        List<EntryMethod> methods = new ArrayList<>();
        for (Class<?> bean : featureBeans()) {
            for (Method method : bean.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (!Modifier.isPublic(modifiers) || Modifier.isStatic(modifiers) || method.isSynthetic() || method.isBridge()) continue;
                if (method.isAnnotationPresent(RequestMapping.class) || hasMapping(method)) continue; // endpoints: checked over HTTP
                methods.add(new EntryMethod(bean, method, takesId(method)));
            }
        }
        methods.sort(Comparator.comparing(EntryMethod::signature));
        return methods;
    }

    private static boolean hasMapping(Method method) {
        for (var annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(RequestMapping.class)) return true;
        }
        return false;
    }

    static boolean takesId(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (ID_NAME.matcher(parameter.getName()).matches()) return true;
            if (holdsId(parameter.getType(), 0)) return true;
            if (parameter.getParameterizedType() instanceof ParameterizedType generic) {
                for (var argument : generic.getActualTypeArguments()) {
                    if (argument instanceof Class<?> element && holdsId(element, 0)) return true;
                }
            }
        }
        return false;
    }

    private static boolean holdsId(Class<?> type, int depth) {
        if (!type.isRecord() || depth > 2) return false;
        for (RecordComponent component : type.getRecordComponents()) {
            if (ID_NAME.matcher(component.getName()).matches() || holdsId(component.getType(), depth + 1)) return true;
        }
        return false;
    }

    /** The routes whose address carries a parameter (an id, most often): {@code HasUrlParameter} or {@code :name} in the path. */
    static Set<String> parameterRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.preau")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), EntryPoints.class.getClassLoader());
            if (!isMainCode(type)) continue;
            Route route = type.getAnnotation(Route.class);
            if (HasUrlParameter.class.isAssignableFrom(type) || route.value().contains(":")) routes.add(type.getSimpleName());
        }
        return routes;
    }
}
