package org.preau;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No merge-conflict markers in what ships: a stylesheet with one still parses, with whole rules
 * silently dropped (it happened once: the learners' screens lost their margins).
 */
class NoMergeLeftoversTest {

    private static final Pattern MARKER = Pattern.compile("^(<{7}|={7}|>{7})( |$)", Pattern.MULTILINE);

    @Test
    void sources_resources_stylesheets_and_docs_hold_no_conflict_marker() throws IOException {
        List<String> found = new ArrayList<>();
        for (String root : List.of("src/main", "src/test/java", "frontend", "docs", "docker", "README.md", "pom.xml")) {
            Path path = Path.of(root);
            if (!Files.exists(path)) continue;
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.filter(Files::isRegularFile).filter(NoMergeLeftoversTest::isText).toList()) {
                    // markers are ASCII: read any encoding (some exports are ISO-8859-15) byte for byte
                    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    if (MARKER.matcher(text).find()) found.add(file.toString());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return Stream.of(".java", ".css", ".properties", ".yaml", ".yml", ".sql", ".md", ".xml", ".json", ".html", ".puml")
                .anyMatch(name::endsWith);
    }
}
