package org.preau;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public API of each module is what {@code docs/architecture.md} says it is: its section
 * "Public API of each module" lists, one line per module, every public top-level type of the
 * module (its sub-packages included). A type that only its own package uses is package-private.
 */
class PublicApiTest {

    static final Path NOTES = Path.of("docs/architecture.md");
    static final String SECTION = "## Public API of each module";
    /** The groups of a line, in their order. */
    static final List<String> GROUPS = List.of("services", "values", "events", "views");
    private static final Pattern LINE = Pattern.compile("^- `(\\w+)`: (.*)$");
    private static final Pattern GROUP = Pattern.compile("(services|values|events|views) ([^;]*)");
    private static final Pattern TYPE = Pattern.compile("`(\\w+)`");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.preau");

    @Test
    void every_public_type_of_a_module_is_listed_in_the_architecture_notes() throws IOException {
        Map<String, Map<String, Set<String>>> code = publicTypesByModule();
        Map<String, Map<String, Set<String>>> notes = documented();
        List<String> missing = new ArrayList<>();
        code.forEach((module, groups) -> {
            Set<String> listed = all(notes.get(module));
            List<String> absent = all(groups).stream().filter(type -> !listed.contains(type)).toList();
            if (!absent.isEmpty()) {
                missing.add("module " + module + ": " + absent + " public but not listed. Make them package-private if only their "
                        + "package uses them; otherwise put this line in " + NOTES + ", section \"" + SECTION.substring(3) + "\":\n"
                        + line(module, merged(notes.get(module), groups, absent)));
            }
        });
        assertThat(missing).as("Public types missing from the public API in the architecture notes").isEmpty();
    }

    @Test
    void every_type_the_architecture_notes_list_is_a_public_type_of_its_module() throws IOException {
        Map<String, Map<String, Set<String>>> code = publicTypesByModule();
        List<String> stale = new ArrayList<>();
        documented().forEach((module, groups) -> {
            Set<String> real = all(code.get(module));
            List<String> gone = all(groups).stream().filter(type -> !real.contains(type)).toList();
            if (!gone.isEmpty()) {
                stale.add("module " + module + ": " + gone + " listed in " + NOTES + " but not a public top-level type of "
                        + "org.preau." + module + " (renamed, removed or made package-private): take "
                        + (gone.size() == 1 ? "it" : "them") + " out of the line of `" + module + "`");
            }
        });
        assertThat(stale).as("Types listed in the public API of the architecture notes that are not public").isEmpty();
    }

    @Test
    void each_group_of_a_line_names_the_kind_of_type_it_holds() throws IOException {
        Map<String, Map<String, Set<String>>> code = publicTypesByModule();
        List<String> misplaced = new ArrayList<>();
        documented().forEach((module, groups) -> groups.forEach((group, types) -> types.forEach(type -> {
            String actual = groupOf(code.get(module), type);
            if (actual != null && !actual.equals(group)) {
                misplaced.add("module " + module + ": `" + type + "` is listed under " + group + " but is one of the " + actual);
            }
        })));
        assertThat(misplaced).as("Types listed in the wrong group").isEmpty();
    }

    /** Module → group → simple names of its public top-level types, from the compiled main code. */
    static Map<String, Map<String, Set<String>>> publicTypesByModule() {
        Set<String> events = CLASSES.stream()
                .flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isMetaAnnotatedWith(EventListener.class) || method.isAnnotatedWith(EventListener.class))
                .flatMap(PublicApiTest::ownParameterTypes)
                .collect(Collectors.toSet());
        Map<String, Map<String, Set<String>>> modules = new TreeMap<>();
        for (JavaClass type : CLASSES) {
            if (!type.isTopLevelClass() || !type.getModifiers().contains(JavaModifier.PUBLIC)) continue;
            if (type.getSimpleName().equals("package-info")) continue;
            String module = moduleOf(type);
            if (module == null) continue;
            modules.computeIfAbsent(module, m -> emptyGroups())
                    .get(group(type, events)).add(type.getSimpleName());
        }
        return modules;
    }

    private static java.util.stream.Stream<String> ownParameterTypes(JavaMethod method) {
        return method.getRawParameterTypes().stream()
                .filter(parameter -> parameter.getPackageName().startsWith("org.preau."))
                .map(JavaClass::getName);
    }

    private static String group(JavaClass type, Set<String> events) {
        if (events.contains(type.getName())) return "events";
        boolean value = type.isEnum() || type.getRawSuperclass().map(s -> s.isEquivalentTo(Record.class)).orElse(false);
        boolean inUi = type.getPackageName().endsWith(".ui") || type.getPackageName().contains(".ui.");
        if (type.isAnnotatedWith(Route.class) || type.isAssignableTo(com.vaadin.flow.component.Component.class)
                || (inUi && !value && !type.isInterface())) return "views";
        if (type.isMetaAnnotatedWith(Component.class) || (type.isInterface() && !type.isAnnotation())) return "services";
        return "values";
    }

    /** The module of a type: the package right under {@code org.preau}; none for the application class. */
    private static String moduleOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("org.preau.")) return null;
        String rest = name.substring("org.preau.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Module → group → names, as the section of the architecture notes lists them. */
    static Map<String, Map<String, Set<String>>> documented() throws IOException {
        List<String> lines = Files.readAllLines(NOTES);
        int start = lines.indexOf(SECTION);
        assertThat(start).as(NOTES + " has no section \"" + SECTION + "\"").isNotNegative();
        Map<String, Map<String, Set<String>>> modules = new TreeMap<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            Matcher line = LINE.matcher(lines.get(i));
            if (!line.matches()) continue;
            Map<String, Set<String>> groups = modules.computeIfAbsent(line.group(1), m -> emptyGroups());
            Matcher group = GROUP.matcher(line.group(2));
            while (group.find()) {
                Matcher type = TYPE.matcher(group.group(2));
                while (type.find()) groups.get(group.group(1)).add(type.group(1));
            }
        }
        return modules;
    }

    /** The line of a module as the section writes it; groups in their order, names sorted. */
    static String line(String module, Map<String, Set<String>> groups) {
        List<String> parts = new ArrayList<>();
        for (String group : GROUPS) {
            Set<String> types = groups.getOrDefault(group, Set.of());
            if (types.isEmpty()) continue;
            parts.add(group + " " + types.stream().map(type -> "`" + type + "`").collect(Collectors.joining(", ")));
        }
        return "- `" + module + "`: " + String.join("; ", parts);
    }

    private static Map<String, Set<String>> merged(Map<String, Set<String>> listed, Map<String, Set<String>> code, List<String> added) {
        Map<String, Set<String>> result = emptyGroups();
        if (listed != null) listed.forEach((group, types) -> result.get(group).addAll(types));
        for (String type : added) result.get(groupOf(code, type)).add(type);
        return result;
    }

    private static String groupOf(Map<String, Set<String>> groups, String type) {
        if (groups == null) return null;
        return groups.entrySet().stream().filter(e -> e.getValue().contains(type)).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static Set<String> all(Map<String, Set<String>> groups) {
        Set<String> names = new TreeSet<>();
        if (groups != null) groups.values().forEach(names::addAll);
        return names;
    }

    private static Map<String, Set<String>> emptyGroups() {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        GROUPS.forEach(group -> groups.put(group, new TreeSet<>()));
        return groups;
    }
}
