package org.preau.staff;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.preau.base.CsvText;
import org.preau.base.Texts;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeMessage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;

/**
 * The staff list of a school without STS-WEB (a Belgian school), as a CSV file saved from a
 * spreadsheet: one person a line, columns named in the first line, {@code ;} or {@code ,}
 * between them, UTF-8 or the spreadsheet's Windows encoding. Same rules as STS-WEB: a preview
 * first, the whole file refused on one bad value, people never deleted.
 *
 * <p>Columns (any order, case and accents ignored): {@code identifiant}, {@code nom},
 * {@code prenom}, {@code fonction} are required; {@code civilite}, {@code nom_naissance},
 * {@code date_naissance} (dd/mm/yyyy), {@code sexe} (M/F), {@code email_professionnel},
 * {@code email_prive} are optional.
 */
@Service
public class StaffCsvImport {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    static final List<String> REQUIRED = List.of("identifiant", "nom", "prenom", "fonction");
    static final List<String> OPTIONAL = List.of("civilite", "nom_naissance", "date_naissance", "sexe", "email_professionnel", "email_prive");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, String> CIVILITES = Map.of("m", "M", "m.", "M", "mr", "M", "monsieur", "M",
            "mme", "MME", "madame", "MME", "mlle", "MLLE", "mademoiselle", "MLLE");
    private static final Map<String, String> SEXES = Map.of("m", "M", "h", "M", "f", "F");

    private final StaffSync staff;
    private final Clock clock;

    StaffCsvImport(StaffSync staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    /** Reads the CSV and compares it with the stored staff of the year; writes nothing but a refusal's history row. */
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public StaffImportPreview preview(String fileName, byte[] content, long schoolYearId, DoubleConsumer progress) {
        StaffImportFile file = new StaffImportFile(ExchangeKind.STAFF_CSV, fileName, "text/csv", content, clock.instant());
        SchoolYearView year = staff.importableYear(schoolYearId);
        try {
            if (content.length > MAX_BYTES) throw new StaffFileRefusedException(null, "staff.csv.error.tooLarge", MAX_BYTES / (1024 * 1024));
            List<ExchangeMessage> warnings = new ArrayList<>();
            StaffSnapshot snapshot = parse(CsvText.decode(content), warnings, progress);
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("individus", snapshot.people().size());
            Map<String, Integer> perFunction = new TreeMap<>();
            snapshot.people().forEach(p -> perFunction.merge(p.functionCode(), 1, Integer::sum));
            perFunction.forEach((code, n) -> counts.put("fonction " + code, n));
            StaffImportPreview preview = staff.preview(file, year.id(), snapshot, counts, warnings);
            progress.accept(1.0);
            return preview;
        } catch (StaffFileRefusedException e) {
            staff.recordRefusal(file, year.id(), e.getMessage(), e.location());
            throw e;
        }
    }

    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public StaffImportResult confirm(StaffImportPreview preview, DoubleConsumer progress) {
        if (preview.file().kind() != ExchangeKind.STAFF_CSV) throw new IllegalArgumentException("Not a CSV preview");
        return staff.confirm(preview, progress);
    }

    static StaffSnapshot parse(String text, List<ExchangeMessage> warnings, DoubleConsumer progress) {
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.isBlank()) throw new StaffFileRefusedException(null, "staff.csv.error.empty");
        char delimiter = CsvText.delimiter(firstLine);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<IncomingStaff> people = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            for (String required : REQUIRED) {
                if (!columns.containsKey(required)) throw new StaffFileRefusedException(Texts.get("staff.csv.location.line", 1), "staff.csv.error.missingColumn", required);
            }
            long total = Math.max(1, text.length());
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                IncomingStaff person = person(record, columns, line, warnings);
                if (!ids.add(person.externalId())) {
                    throw new StaffFileRefusedException(at(line, "identifiant"), "staff.csv.error.duplicate", person.externalId());
                }
                people.add(person);
                if (people.size() % 200 == 0) progress.accept(Math.min(0.8, record.getCharacterPosition() / (double) total));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new StaffFileRefusedException(null, "staff.csv.error.malformed", e.getMessage());
        }
        if (people.isEmpty()) throw new StaffFileRefusedException(null, "staff.csv.error.empty");
        return new StaffSnapshot(StaffSnapshot.CSV, people, null);
    }

    /** Column names as written → normalised names ("Prénom" → "prenom", "E-mail privé" stays unknown). */
    private static Map<String, String> columns(List<String> headers) {
        Map<String, String> columns = new HashMap<>();
        for (String header : headers) {
            String key = Normalizer.normalize(header.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            if (REQUIRED.contains(key) || OPTIONAL.contains(key)) columns.put(key, header);
        }
        return columns;
    }

    private static IncomingStaff person(CSVRecord record, Map<String, String> columns, long line, List<ExchangeMessage> warnings) {
        String id = value(record, columns, "identifiant");
        String nom = value(record, columns, "nom");
        String prenom = value(record, columns, "prenom");
        String function = value(record, columns, "fonction");
        for (String[] required : new String[][]{{"identifiant", id}, {"nom", nom}, {"prenom", prenom}, {"fonction", function}}) {
            if (required[1] == null) throw new StaffFileRefusedException(at(line, required[0]), "staff.csv.error.required", required[0]);
        }
        if (id.length() > 40) throw new StaffFileRefusedException(at(line, "identifiant"), "error.field.tooLong", 40);
        StaffRules.name("nomUsage", nom).ifPresent(v -> {
            throw new StaffFileRefusedException(at(line, "nom"), "error.field.tooLong", StaffRules.NAME_MAX);
        });
        StaffRules.name("prenom", prenom).ifPresent(v -> {
            throw new StaffFileRefusedException(at(line, "prenom"), "error.field.tooLong", StaffRules.NAME_MAX);
        });
        function = function.toUpperCase(Locale.ROOT);
        if (!StaffRules.isFunctionCode(function)) throw new StaffFileRefusedException(at(line, "fonction"), "staff.csv.error.function", function);
        if (!StaffRules.FUNCTION_CODES.contains(function)) {
            warnings.add(ExchangeMessage.warning(Texts.get("staff.csv.warning.unknownFunction", function, nom, prenom), at(line, "fonction")));
        }
        String civilite = code(value(record, columns, "civilite"), CIVILITES, line, "civilite");
        String sexe = code(value(record, columns, "sexe"), SEXES, line, "sexe");
        LocalDate birth = null;
        String birthText = value(record, columns, "date_naissance");
        if (birthText != null) {
            try {
                birth = LocalDate.parse(birthText, DATE);
            } catch (DateTimeParseException e) {
                throw new StaffFileRefusedException(at(line, "date_naissance"), "staff.csv.error.date", birthText);
            }
        }
        String emailPro = value(record, columns, "email_professionnel");
        String emailPerso = value(record, columns, "email_prive");
        StaffRules.email("emailPro", emailPro).ifPresent(v -> {
            throw new StaffFileRefusedException(at(line, "email_professionnel"), "staff.csv.error.email", emailPro);
        });
        StaffRules.email("emailPerso", emailPerso).ifPresent(v -> {
            throw new StaffFileRefusedException(at(line, "email_prive"), "staff.csv.error.email", emailPerso);
        });
        return new IncomingStaff("csv", id, civilite, nom, value(record, columns, "nom_naissance"), prenom, birth, sexe, null, function,
                emailPro, emailPerso, null, Set.of(), at(line, "identifiant"));
    }

    private static String value(CSVRecord record, Map<String, String> columns, String column) {
        String header = columns.get(column);
        if (header == null || !record.isSet(header)) return null;
        String value = record.get(header);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String code(String value, Map<String, String> codes, long line, String column) {
        if (value == null) return null;
        String code = codes.get(value.toLowerCase(Locale.ROOT));
        if (code == null) throw new StaffFileRefusedException(at(line, column), "staff.csv.error.code", value, column);
        return code;
    }

    private static String at(long line, String column) {
        return Texts.get("staff.csv.location.cell", line, column);
    }
}
