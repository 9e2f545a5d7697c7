package org.preau;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTest {

    /** The committed module maps: diagrams of all modules and of each one, and each module's canvas. */
    static final Path COMMITTED = Path.of("docs/modules");
    private static final Path GENERATED = Path.of("target/modulith-docs");

    private final ApplicationModules modules = ApplicationModules.of(PreauApplication.class);

    /** Fails on a cycle between features or on a feature reaching into another's internals. */
    @Test
    void features_respect_their_boundaries() {
        modules.verify();
    }

    /**
     * Generates the maps and compares them with {@code docs/modules}; when they differ, writes the
     * fresh ones there and fails, so that a change of structure comes with its maps in the same commit.
     */
    @Test
    void the_committed_module_maps_are_the_generated_ones() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Map<String, String> generated = read(GENERATED);
        Map<String, String> committed = read(COMMITTED);
        List<String> differing = new ArrayList<>();
        generated.forEach((name, text) -> {
            if (!text.equals(committed.get(name))) differing.add(name);
        });
        committed.keySet().stream().filter(name -> !generated.containsKey(name)).forEach(differing::add);
        if (!differing.isEmpty()) rewrite(generated, committed);
        assertThat(differing)
                .as("docs/modules was out of date and has just been rewritten: re-run this test, then commit docs/modules")
                .isEmpty();
    }

    /** Text files by name; line ends made plain so that a checkout on Windows compares equal. */
    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) return files;
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), stable(Files.readString(file).replace("\r\n", "\n")));
            }
        }
        return files;
    }

    /**
     * The generator lists a diagram's relations, and the items of a canvas cell (the events a module
     * listens to, from the order reflection gives its methods), in an order that changes from run to
     * run: each run of {@code Rel(} lines and each cell's list is sorted, which changes nothing drawn or said.
     */
    static String stable(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int start = 0; start < lines.size(); start++) {
            if (lines.get(start).startsWith("Rel(")) {
                int end = start;
                while (end < lines.size() && lines.get(end).startsWith("Rel(")) end++;
                java.util.Collections.sort(lines.subList(start, end));
                start = end;
            } else if (lines.get(start).startsWith("|* ")) {
                int end = start + 1;
                while (end < lines.size() && lines.get(end).startsWith("* ")) end++;
                List<String> cell = lines.subList(start, end);
                cell.set(0, cell.get(0).substring(1));
                java.util.Collections.sort(cell);
                cell.set(0, "|" + cell.get(0));
                start = end - 1;
            }
        }
        return String.join("\n", lines);
    }

    private static void rewrite(Map<String, String> generated, Map<String, String> committed) throws IOException {
        Files.createDirectories(COMMITTED);
        for (String stale : committed.keySet()) {
            if (!generated.containsKey(stale)) Files.delete(COMMITTED.resolve(stale));
        }
        for (Map.Entry<String, String> file : generated.entrySet()) Files.writeString(COMMITTED.resolve(file.getKey()), file.getValue());
    }
}
