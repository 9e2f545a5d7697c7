package org.preau.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UI text lives in the translation bundles: fails on a string literal handed to a component, on
 * a key used in code but missing from a bundle, and on bundles whose keys differ.
 */
class I18nTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");

    /** Calls and constructors that put text on screen. */
    private static final Pattern HARD_CODED = Pattern.compile(
            "(\\.(setText|setLabel|setTitle|setPlaceholder|setHelperText|setErrorMessage|setHeaderTitle|setAriaLabel|setTooltipText|show)"
                    + "|new (Button|Span|H[1-6]|Paragraph|Anchor|SideNavItem|Checkbox|TextField|TextArea|EmailField|Tab|Details|NativeLabel|Div)|\\baddItem)"
                    + "\\(\\s*(\"[^\"]*\"\\s*,\\s*)?\"([^\"]*[\\p{L}][^\"]*)\"");
    private static final Pattern TRANSLATION = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern MESSAGE_KEY = Pattern.compile("\"((?:[a-z]+\\.)+[a-zA-Z.]+)\"");

    @Test
    void no_ui_text_is_hard_coded() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String[] lines = Files.readString(file).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].strip().startsWith("//") || lines[i].strip().startsWith("*")) continue;
                Matcher m = HARD_CODED.matcher(lines[i]);
                while (m.find()) {
                    String literal = m.group(m.groupCount());
                    // Element ids and CSS values are not text a user reads.
                    if (!literal.matches("[a-z0-9-]+")) offenders.add(file + ":" + (i + 1) + " \"" + literal + "\"");
                }
            }
        }
        assertThat(offenders).as("UI text must come from vaadin-i18n/translations.properties").isEmpty();
    }

    @Test
    void every_key_used_in_code_is_in_the_bundle() throws IOException {
        Properties bundle = load("translations.properties");
        Set<String> missing = new TreeSet<>();
        for (Path file : javaFiles()) {
            String source = Files.readString(file);
            for (Pattern p : List.of(TRANSLATION, MENU_TITLE)) {
                Matcher m = p.matcher(source);
                while (m.find()) if (!bundle.containsKey(m.group(1))) missing.add(m.group(1) + " (" + file.getFileName() + ")");
            }
            // Message keys returned by services and rules, such as "etablissement.error.uai.format"
            Matcher m = MESSAGE_KEY.matcher(source);
            while (m.find()) {
                String key = m.group(1);
                if (key.contains(".error.") || key.startsWith("error.")) {
                    if (!bundle.containsKey(key)) missing.add(key + " (" + file.getFileName() + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** With arguments the text goes through MessageFormat, where a lone ' starts a quoted part. */
    @Test
    void texts_with_arguments_double_their_apostrophes() throws IOException {
        Properties bundle = load("translations.properties");
        assertThat(bundle.stringPropertyNames()).filteredOn(k -> bundle.getProperty(k).matches("(?s).*\\{\\d}.*"))
                .allSatisfy(k -> assertThat(bundle.getProperty(k).replace("''", "")).as(k).doesNotContain("'"));
    }

    @Test
    void role_names_are_translated() throws IOException {
        Properties bundle = load("translations.properties");
        for (org.preau.security.Role role : org.preau.security.Role.values()) {
            assertThat(bundle).containsKey(role.translationKey());
        }
    }

    @Test
    void every_bundle_has_the_same_keys_as_the_default_one() throws IOException {
        Set<Object> reference = load("translations.properties").keySet();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.filter(f -> f.getFileName().toString().matches("translations_.+\\.properties")).toList()) {
                assertThat(load(bundle.getFileName().toString()).keySet()).as(bundle.toString())
                        .containsExactlyInAnyOrderElementsOf(reference);
            }
        }
    }

    @Test
    void the_checker_catches_a_hard_coded_label() {
        assertThat(HARD_CODED.matcher("name.setLabel(\"Nom de l'établissement\");").find()).isTrue();
        assertThat(HARD_CODED.matcher("add(new Button(\"Valider\"));").find()).isTrue();
        assertThat(HARD_CODED.matcher("name.setLabel(getTranslation(\"etablissement.field.name\"));").find()).isFalse();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve(name))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
