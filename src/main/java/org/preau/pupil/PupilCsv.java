package org.preau.pupil;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.preau.base.CsvText;
import org.preau.base.Texts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the pupil CSV of {@code docs/pupil-csv.md} into checked lines: bounded size before
 * decoding, UTF-8 (BOM or not) or Windows-1252, {@code ;} or {@code ,}, column names without case,
 * accents, spaces or apostrophes. Every value is checked here; a problem names its line and column
 * as the file spells it.
 */
final class PupilCsv {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_LINES = 20_000;
    static final int MAX_PROBLEMS = 50;

    /** Normalised column name → the names a file may use for it. */
    private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("nom", List.of("nom"));
        COLUMNS.put("prenom", List.of("prenom", "prenoms"));
        COLUMNS.put("sexe", List.of("sexe", "genre"));
        COLUMNS.put("naissance", List.of("datedenaissance", "datenaissance", "naissance", "nele"));
        COLUMNS.put("lieu", List.of("lieudenaissance", "lieunaissance"));
        COLUMNS.put("nationalite", List.of("nationalite"));
        COLUMNS.put("niss", List.of("niss", "registrenational", "numeroderegistrenational", "numeroregistrenational", "nrn", "rn"));
        COLUMNS.put("numero", List.of("numero", "numeroeleve", "numerodeleve", "matricule", "ideleve", "identifiant"));
        COLUMNS.put("implantation", List.of("implantation"));
        COLUMNS.put("fase", List.of("fase", "faseimplantation", "numerofase"));
        COLUMNS.put("niveau", List.of("niveau", "annee", "anneedetude"));
        COLUMNS.put("classe", List.of("classe"));
        COLUMNS.put("entree", List.of("datedentree", "dateentree", "entree"));
        COLUMNS.put("sortie", List.of("datedesortie", "datesortie", "sortie"));
        COLUMNS.put("motif", List.of("motifdesortie", "motifsortie", "motif", "raisondesortie"));
        COLUMNS.put("ceb", List.of("ceb", "resultatceb"));
    }

    static final List<String> REQUIRED = List.of("nom", "prenom", "naissance", "implantation", "niveau");

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** A checked line of the file. */
    record Line(long number, PupilInput pupil) {
    }

    private PupilCsv() {
    }

    /** The lines of the file, or a refusal with every problem found. */
    static List<Line> read(byte[] content) {
        if (content == null || content.length == 0) throw refused(null, "pupil.csv.error.empty");
        if (content.length > MAX_BYTES) throw refused(null, "pupil.csv.error.tooLarge", MAX_BYTES / (1024 * 1024));
        String text = CsvText.decode(content);
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.isBlank()) throw refused(null, "pupil.csv.error.empty");
        char delimiter = CsvText.delimiter(firstLine);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        List<Line> lines = new ArrayList<>();
        List<PupilFileRefusedException.Problem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> header = header(parser.getHeaderNames());
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    problems.add(new PupilFileRefusedException.Problem(Texts.get("pupil.csv.location.header"),
                            Texts.get("pupil.csv.error.missingColumn", Texts.get("pupil.csv.column." + column))));
                }
            }
            if (!problems.isEmpty()) throw new PupilFileRefusedException(problems);
            for (CSVRecord record : parser) {
                if (lines.size() >= MAX_LINES) throw refused(null, "pupil.csv.error.tooManyLines", MAX_LINES);
                Values v = new Values(record, header, parser.getCurrentLineNumber(), problems);
                PupilInput pupil = v.pupil();
                if (problems.size() >= MAX_PROBLEMS) break;
                if (pupil != null) lines.add(new Line(v.number, pupil));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw refused(null, "pupil.csv.error.malformed", e.getMessage());
        }
        if (!problems.isEmpty()) throw new PupilFileRefusedException(problems);
        if (lines.isEmpty()) throw refused(null, "pupil.csv.error.empty");
        return lines;
    }

    /** "Date de naissance" → "datedenaissance". Called for every name of the school at each import: kept cheap. */
    static String normalise(String text) {
        String decomposed = Normalizer.isNormalized(text, Normalizer.Form.NFD) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') key.append(c);
            else if (c > 127 && Character.isLetter(c)) key.append(c);
        }
        return key.toString();
    }

    /** A name as people compare names: no case, accents, hyphens or spaces. */
    static String nameKey(String text) {
        return text == null ? "" : normalise(text);
    }

    /** dd/mm/yyyy (the way Belgian files write dates) or yyyy-mm-dd. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, text.contains("/") ? FRENCH_DATE : ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, String> header(List<String> names) {
        Map<String, String> found = new HashMap<>();
        for (String name : names) {
            String n = normalise(name);
            COLUMNS.forEach((key, aliases) -> {
                if (aliases.contains(n)) found.putIfAbsent(key, name);
            });
        }
        return found;
    }

    /** One record's values, checked one by one; each problem is added with its line and column. */
    private static final class Values {
        private final CSVRecord record;
        private final Map<String, String> header;
        private final long number;
        private final List<PupilFileRefusedException.Problem> problems;
        private boolean bad;

        Values(CSVRecord record, Map<String, String> header, long number, List<PupilFileRefusedException.Problem> problems) {
            this.record = record;
            this.header = header;
            this.number = number;
            this.problems = problems;
        }

        PupilInput pupil() {
            String nom = text("nom", 100, true);
            String prenom = text("prenom", 100, true);
            String sexe = sexe();
            LocalDate naissance = dateOf("naissance", true);
            String lieu = text("lieu", 100, false);
            String nationalite = text("nationalite", 60, false);
            String niss = niss();
            String numero = text("numero", 30, false);
            String implantation = text("implantation", 100, true);
            String fase = fase();
            SchoolLevel level = level();
            String classe = text("classe", 40, false);
            LocalDate entree = dateOf("entree", false);
            LocalDate sortie = dateOf("sortie", false);
            LeaveReason motif = motif(sortie);
            Ceb ceb = ceb(level);
            if (entree != null && sortie != null && sortie.isBefore(entree)) problem("sortie", "pupil.error.exitBeforeEntry");
            if (naissance != null && entree != null && !naissance.isBefore(entree)) problem("naissance", "pupil.error.birthAfterEntry");
            return bad ? null : new PupilInput(nom, prenom, sexe, naissance, lieu, nationalite, niss, numero, implantation, fase,
                    level, classe, entree, sortie, motif, ceb);
        }

        String raw(String column) {
            String name = header.get(column);
            if (name == null || !record.isMapped(name) || !record.isSet(name)) return null;
            String value = record.get(name);
            return value == null || value.isBlank() ? null : value.strip();
        }

        void problem(String column, String key, Object... args) {
            bad = true;
            if (problems.size() < MAX_PROBLEMS) {
                String columnName = header.getOrDefault(column, Texts.get("pupil.csv.column." + column));
                problems.add(new PupilFileRefusedException.Problem(Texts.get("pupil.csv.location", number, columnName), Texts.get(key, args)));
            }
        }

        String text(String column, int max, boolean required) {
            String v = raw(column);
            if (v == null) {
                if (required) problem(column, "pupil.csv.error.required");
                return null;
            }
            if (v.length() > max) {
                problem(column, "pupil.csv.error.tooLong", max);
                return null;
            }
            return v;
        }

        String sexe() {
            String v = raw("sexe");
            if (v == null) return null;
            return switch (normalise(v)) {
                case "m", "g", "h", "masculin", "garcon", "homme" -> "M";
                case "f", "feminin", "fille", "femme" -> "F";
                default -> {
                    problem("sexe", "pupil.csv.error.sexe", v);
                    yield null;
                }
            };
        }

        LocalDate dateOf(String column, boolean required) {
            String v = raw(column);
            if (v == null) {
                if (required) problem(column, "pupil.csv.error.required");
                return null;
            }
            LocalDate d = date(v);
            if (d == null || d.getYear() < 1900 || d.getYear() > 2100) problem(column, "pupil.csv.error.date", v);
            return d;
        }

        String niss() {
            String v = raw("niss");
            if (v == null) return null;
            String digits = Niss.digits(v).orElse(null);
            if (digits == null) {
                problem("niss", "pupil.error.niss.format", v);
                return null;
            }
            if (!Niss.valid(digits)) {
                problem("niss", "pupil.error.niss.key", v);
                return null;
            }
            return digits;
        }

        String fase() {
            String v = raw("fase");
            if (v == null) return null;
            if (!v.matches("[0-9]{1,10}")) {
                problem("fase", "pupil.error.fase", v);
                return null;
            }
            return v;
        }

        SchoolLevel level() {
            String v = raw("niveau");
            if (v == null) {
                problem("niveau", "pupil.csv.error.required");
                return null;
            }
            return SchoolLevel.parse(v).orElseGet(() -> {
                problem("niveau", "pupil.error.level", v);
                return null;
            });
        }

        LeaveReason motif(LocalDate sortie) {
            String v = raw("motif");
            if (v == null) return sortie == null ? null : LeaveReason.AUTRE;
            LeaveReason reason = LeaveReason.parse(v).orElse(null);
            if (reason == null) problem("motif", "pupil.csv.error.motif", v);
            else if (sortie == null) problem("motif", "pupil.error.reasonWithoutExit");
            return reason;
        }

        Ceb ceb(SchoolLevel level) {
            String v = raw("ceb");
            if (v == null) return null;
            Ceb ceb = Ceb.parse(v).orElse(null);
            if (ceb == null) problem("ceb", "pupil.csv.error.ceb", v);
            else if (level != null && level != SchoolLevel.P6) problem("ceb", "pupil.error.cebNotP6", level.name());
            return ceb;
        }
    }

    private static PupilFileRefusedException refused(String location, String key, Object... args) {
        return new PupilFileRefusedException(new PupilFileRefusedException.Problem(location, Texts.get(key, args)));
    }
}
