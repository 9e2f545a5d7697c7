package org.preau.miroir;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.preau.base.CsvText;
import org.preau.base.Texts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV saved from a spreadsheet, read the way the Miroir imports need: bounded size and line
 * count, UTF-8 (BOM allowed) or Windows-1252, {@code ;} or {@code ,}, column names matched
 * without case, accents or spaces. Every refusal names its line and column.
 */
final class MiroirCsv {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_LINES = 20_000;

    /** One data line: its number in the file and its values by normalised column name (null when blank). */
    record Line(long number, Map<String, String> values) {

        String get(String column) {
            return values.get(column);
        }

        String location(String column) {
            return Texts.get("miroir.csv.location", number, column);
        }
    }

    private MiroirCsv() {
    }

    static List<Line> read(byte[] content, List<String> required, List<String> optional) {
        if (content == null || content.length == 0) throw new MiroirFileRefusedException(null, "miroir.csv.error.empty");
        if (content.length > MAX_BYTES) throw new MiroirFileRefusedException(null, "miroir.csv.error.tooLarge", MAX_BYTES / (1024 * 1024));
        String text = CsvText.decode(content);
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.isBlank()) throw new MiroirFileRefusedException(null, "miroir.csv.error.empty");
        char delimiter = CsvText.delimiter(firstLine);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> columns = new HashMap<>();
            for (String header : parser.getHeaderNames()) {
                String key = normalise(header);
                if (required.contains(key) || optional.contains(key)) columns.put(key, header);
            }
            for (String column : required) {
                if (!columns.containsKey(column)) {
                    throw new MiroirFileRefusedException(Texts.get("miroir.csv.location.header"), "miroir.csv.error.missingColumn", column);
                }
            }
            for (CSVRecord record : parser) {
                if (lines.size() >= MAX_LINES) throw new MiroirFileRefusedException(null, "miroir.csv.error.tooManyLines", MAX_LINES);
                Map<String, String> values = new HashMap<>();
                for (Map.Entry<String, String> column : columns.entrySet()) {
                    String value = record.isSet(column.getValue()) ? record.get(column.getValue()) : null;
                    values.put(column.getKey(), value == null || value.isBlank() ? null : value.strip());
                }
                lines.add(new Line(parser.getCurrentLineNumber(), values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new MiroirFileRefusedException(null, "miroir.csv.error.malformed", e.getMessage());
        }
        if (lines.isEmpty()) throw new MiroirFileRefusedException(null, "miroir.csv.error.empty");
        return lines;
    }

    /** "Année scolaire" → "annee_scolaire". */
    static String normalise(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /** Names compared as people write them: no case, accents, hyphens or double spaces. */
    static String nameKey(String text) {
        return text == null ? "" : normalise(text).replace('_', ' ');
    }

    static String required(Line line, String column) {
        String value = line.get(column);
        if (value == null) throw new MiroirFileRefusedException(line.location(column), "miroir.csv.error.required", column);
        return value;
    }
}
