package org.preau.siecle;

import org.preau.base.Texts;
import org.preau.establishment.Uai;
import org.preau.exchange.ExchangeMessage;
import org.preau.staff.Discipline;
import org.preau.staff.IncomingStaff;
import org.preau.staff.IncomingStructure;
import org.preau.staff.ServedStructure;
import org.preau.staff.StaffRules;
import org.preau.staff.StaffSnapshot;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;

/**
 * Reads an STS-WEB export ({@code sts_emp_<UAI>_<année>.xml}, root {@code STS_EDT}) in one
 * streaming pass: elements are matched by their path, never by name alone. Any value that
 * cannot be trusted refuses the whole file, with where it is.
 */
final class StsWebReader {

    static final String ROOT = "STS_EDT";
    /** The root of a timetable software's export, which users upload by mistake. */
    static final String TIMETABLE_ROOT = "EDT_STS";

    private static final DateTimeFormatter STS_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final String PERSON = "STS_EDT/DONNEES/INDIVIDUS/INDIVIDU";
    private static final String DIVISION = "STS_EDT/DONNEES/STRUCTURE/DIVISIONS/DIVISION";
    private static final String GROUP = "STS_EDT/DONNEES/STRUCTURE/GROUPES/GROUPE";

    private final XmlUpload upload;
    private final String expectedUai;
    private final int expectedYear;
    private final DoubleConsumer progress;

    private final List<String> path = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<ExchangeMessage> warnings = new ArrayList<>();
    private final Map<String, PersonBuilder> people = new LinkedHashMap<>();
    private final List<IncomingStructure> structures = new ArrayList<>();
    private final Set<String> divisionCodes = new HashSet<>();
    private final List<Teaching> teachings = new ArrayList<>();

    private String uai;
    private Integer year;
    private PersonBuilder person;
    private String disciplineCode;
    private String disciplineLabel;
    private String disciplineHours;
    private String structureType;
    private String structureCode;
    private String structureLabel;
    private List<String> structureDivisions;
    private String subject;

    private StsWebReader(XmlUpload upload, String expectedUai, int expectedYear, DoubleConsumer progress) {
        this.upload = upload;
        this.expectedUai = expectedUai;
        this.expectedYear = expectedYear;
        this.progress = progress;
    }

    /** Reads and checks the file against the establishment's UAI and the chosen year. */
    static StsWebFile read(XmlUpload upload, String expectedUai, int expectedYear, DoubleConsumer progress) {
        return new StsWebReader(upload, expectedUai, expectedYear, progress).read();
    }

    private record Teaching(String personId, String personType, ServedStructure structure, int line) {
    }

    private StsWebFile read() {
        try {
            XMLStreamReader reader = upload.reader();
            long total = Math.max(1, upload.bytes().length);
            int events = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(reader);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(reader.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(reader);
                }
                if (++events % 2000 == 0) {
                    progress.accept(Math.min(1.0, reader.getLocation().getCharacterOffset() / (double) total));
                }
            }
        } catch (XMLStreamException e) {
            throw XmlUpload.refusal(e);
        }
        if (uai == null) throw new ImportRefusedException(null, "siecle.sts.error.noUaj");
        if (year == null) throw new ImportRefusedException(null, "siecle.sts.error.noYear");
        if (people.isEmpty()) throw new ImportRefusedException(null, "siecle.sts.error.noPeople");
        return finish();
    }

    private String path() {
        return String.join("/", path);
    }

    private String location(int line, String element) {
        return Texts.get("siecle.sts.location.element", line, element);
    }

    private String personLocation(String element) {
        return Texts.get("siecle.sts.location.person", person.line, person.id, element);
    }

    private void start(XMLStreamReader reader) {
        int line = reader.getLocation().getLineNumber();
        String name = reader.getLocalName();
        if (path.isEmpty()) {
            if (TIMETABLE_ROOT.equals(name)) throw new ImportRefusedException(location(line, name), "siecle.sts.error.timetableExport");
            if (!ROOT.equals(name)) throw new ImportRefusedException(location(line, name), "siecle.sts.error.root", name);
        }
        path.add(name);
        text.setLength(0);
        String p = path();
        switch (p) {
            case "STS_EDT/PARAMETRES/UAJ" -> checkUai(attribute(reader, "CODE"), line);
            case "STS_EDT/PARAMETRES/ANNEE_SCOLAIRE" -> checkYear(attribute(reader, "ANNEE"), line);
            case PERSON -> startPerson(reader, line);
            case PERSON + "/DISCIPLINES/DISCIPLINE" -> {
                disciplineCode = attribute(reader, "CODE");
                disciplineLabel = null;
                disciplineHours = null;
                if (disciplineCode.isEmpty()) throw new ImportRefusedException(personLocation("DISCIPLINE"), "siecle.sts.error.disciplineCode");
            }
            case DIVISION, GROUP -> {
                structureType = p.equals(DIVISION) ? ServedStructure.DIVISION : ServedStructure.GROUP;
                structureCode = attribute(reader, "CODE");
                structureLabel = null;
                structureDivisions = new ArrayList<>();
                if (structureCode.isEmpty()) throw new ImportRefusedException(location(line, name), "siecle.sts.error.structureCode");
            }
            case GROUP + "/DIVISIONS_APPARTENANCE/DIVISION_APPARTENANCE" -> structureDivisions.add(attribute(reader, "CODE"));
            case DIVISION + "/SERVICES/SERVICE", GROUP + "/SERVICES/SERVICE" -> subject = attribute(reader, "CODE_MATIERE");
            case DIVISION + "/SERVICES/SERVICE/ENSEIGNANTS/ENSEIGNANT", GROUP + "/SERVICES/SERVICE/ENSEIGNANTS/ENSEIGNANT" -> {
                String id = attribute(reader, "ID");
                if (id.isEmpty()) throw new ImportRefusedException(location(line, name), "siecle.sts.error.teacherId", structureCode);
                teachings.add(new Teaching(id, attribute(reader, "TYPE"), new ServedStructure(structureType, structureCode, subject), line));
            }
            default -> {
            }
        }
    }

    private void end(XMLStreamReader reader) {
        String p = path();
        String value = text.toString().strip();
        if (person != null && p.startsWith(PERSON + "/")) {
            switch (p.substring(PERSON.length() + 1)) {
                case "SEXE" -> person.sexe = code(value, Map.of("1", "M", "2", "F"), "SEXE");
                case "CIVILITE" -> person.civilite = code(value, Map.of("1", "M", "2", "MME", "3", "MLLE"), "CIVILITE");
                case "NOM_USAGE" -> person.nomUsage = value;
                case "NOM_PATRONYMIQUE" -> person.nomPatronymique = value.isEmpty() ? null : value;
                case "PRENOM" -> person.prenom = value;
                case "DATE_NAISSANCE" -> person.dateNaissance = date(value, "DATE_NAISSANCE");
                case "GRADE" -> person.grade = value.isEmpty() ? null : value;
                case "FONCTION" -> person.function = value.isEmpty() ? null : value;
                case "DISCIPLINES/DISCIPLINE/LIBELLE_COURT" -> disciplineLabel = value.isEmpty() ? null : value;
                case "DISCIPLINES/DISCIPLINE/NB_HEURES" -> disciplineHours = value;
                case "DISCIPLINES/DISCIPLINE" -> person.disciplines.add(new Discipline(disciplineCode, disciplineLabel, hours(disciplineHours)));
                default -> {
                }
            }
        } else if (p.equals(PERSON)) {
            endPerson();
        } else if (p.equals(DIVISION + "/LIBELLE_LONG") || p.equals(GROUP + "/LIBELLE_LONG")) {
            structureLabel = value.isEmpty() ? null : value;
        } else if (p.equals(DIVISION) || p.equals(GROUP)) {
            structures.add(new IncomingStructure(structureType, structureCode, structureLabel, structureDivisions));
            if (p.equals(DIVISION)) divisionCodes.add(structureCode);
        }
        path.removeLast();
        text.setLength(0);
    }

    private void checkUai(String code, int line) {
        String where = location(line, "UAJ");
        if (code.isEmpty()) throw new ImportRefusedException(where, "siecle.sts.error.noUaj");
        if (!Uai.isValid(code)) throw new ImportRefusedException(where, "siecle.sts.error.uajInvalid", code);
        if (!code.equals(expectedUai)) throw new ImportRefusedException(where, "siecle.sts.error.otherEstablishment", code, expectedUai);
        uai = code;
    }

    private void checkYear(String value, int line) {
        String where = location(line, "ANNEE_SCOLAIRE");
        if (!value.matches("[0-9]{4}")) throw new ImportRefusedException(where, "siecle.sts.error.noYear");
        int found = Integer.parseInt(value);
        if (found != expectedYear) {
            throw new ImportRefusedException(where, "siecle.sts.error.otherYear", found + "-" + (found + 1), expectedYear + "-" + (expectedYear + 1));
        }
        year = found;
    }

    private void startPerson(XMLStreamReader reader, int line) {
        String id = attribute(reader, "ID");
        String type = attribute(reader, "TYPE");
        person = new PersonBuilder(id, type, line);
        if (id.isEmpty()) throw new ImportRefusedException(location(line, "INDIVIDU"), "siecle.sts.error.personId");
        if (!type.equals("epp") && !type.equals("local")) throw new ImportRefusedException(personLocation("TYPE"), "siecle.sts.error.personType", type);
        if (people.containsKey(type + ":" + id)) throw new ImportRefusedException(personLocation("ID"), "siecle.sts.error.duplicatePerson", id);
    }

    private void endPerson() {
        if (person.nomUsage == null || person.nomUsage.isEmpty()) throw new ImportRefusedException(personLocation("NOM_USAGE"), "siecle.sts.error.required", "NOM_USAGE");
        if (person.prenom == null || person.prenom.isEmpty()) throw new ImportRefusedException(personLocation("PRENOM"), "siecle.sts.error.required", "PRENOM");
        if (person.nomUsage.length() > StaffRules.NAME_MAX || person.prenom.length() > StaffRules.NAME_MAX) {
            throw new ImportRefusedException(personLocation("NOM_USAGE"), "siecle.sts.error.tooLong", StaffRules.NAME_MAX);
        }
        if (person.function == null) {
            warnings.add(ExchangeMessage.warning(Texts.get("siecle.sts.warning.noFunction", person.nomUsage, person.prenom), personLocation("FONCTION")));
        } else if (!StaffRules.isFunctionCode(person.function)) {
            throw new ImportRefusedException(personLocation("FONCTION"), "siecle.sts.error.function", person.function);
        } else if (!StaffRules.FUNCTION_CODES.contains(person.function)) {
            warnings.add(ExchangeMessage.warning(Texts.get("siecle.sts.warning.unknownFunction", person.function, person.nomUsage, person.prenom), personLocation("FONCTION")));
        }
        if ("epp".equals(person.type) && person.dateNaissance == null) {
            warnings.add(ExchangeMessage.warning(Texts.get("siecle.sts.warning.noBirthDate", person.nomUsage, person.prenom), personLocation("DATE_NAISSANCE")));
        }
        people.put(person.type + ":" + person.id, person);
        person = null;
    }

    private StsWebFile finish() {
        Map<String, Set<ServedStructure>> served = new HashMap<>();
        for (Teaching t : teachings) {
            String key = (t.personType().isEmpty() ? "epp" : t.personType()) + ":" + t.personId();
            if (!people.containsKey(key)) {
                // TYPE is optional on ENSEIGNANT in some exports: fall back to the ID alone
                key = people.keySet().stream().filter(k -> k.endsWith(":" + t.personId())).findFirst()
                        .orElseThrow(() -> new ImportRefusedException(location(t.line(), "ENSEIGNANT"), "siecle.sts.error.unknownTeacher",
                                t.personId(), t.structure().code()));
            }
            served.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(t.structure());
        }
        for (IncomingStructure s : structures) {
            for (String d : s.divisionCodes()) {
                if (!divisionCodes.contains(d)) {
                    warnings.add(ExchangeMessage.warning(Texts.get("siecle.sts.warning.unknownDivision", s.code(), d), null));
                }
            }
        }
        List<IncomingStaff> staff = new ArrayList<>();
        Map<String, Integer> perFunction = new TreeMap<>();
        List<String> directors = new ArrayList<>();
        people.forEach((key, p) -> {
            staff.add(new IncomingStaff(p.type, p.id, p.civilite, p.nomUsage, p.nomPatronymique, p.prenom, p.dateNaissance, p.sexe,
                    p.grade, p.function, null, null, p.disciplines, served.getOrDefault(key, Set.of()),
                    Texts.get("siecle.sts.location.person", p.line, p.id, "INDIVIDU")));
            if (p.function != null) perFunction.merge(p.function, 1, Integer::sum);
            if ("DIR".equals(p.function)) directors.add(p.nomUsage + " " + p.prenom + " (" + p.id + ")");
        });
        if (!directors.isEmpty()) warnings.addFirst(ExchangeMessage.info(Texts.get("siecle.sts.info.directors", String.join(", ", directors))));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("individus", staff.size());
        perFunction.forEach((code, n) -> counts.put("fonction " + code, n));
        counts.put("divisions", (int) structures.stream().filter(s -> s.type().equals(ServedStructure.DIVISION)).count());
        counts.put("groupes", (int) structures.stream().filter(s -> s.type().equals(ServedStructure.GROUP)).count());
        progress.accept(1.0);
        return new StsWebFile(uai, year, new StaffSnapshot(StaffSnapshot.STS, staff, structures), counts, warnings);
    }

    private String code(String value, Map<String, String> codes, String element) {
        if (value.isEmpty()) return null;
        String code = codes.get(value);
        if (code == null) throw new ImportRefusedException(personLocation(element), "siecle.sts.error.code", element, value);
        return code;
    }

    private LocalDate date(String value, String element) {
        if (value.isEmpty()) return null;
        try {
            return LocalDate.parse(value, STS_DATE);
        } catch (DateTimeParseException e) {
            throw new ImportRefusedException(personLocation(element), "siecle.sts.error.date", value, element);
        }
    }

    private BigDecimal hours(String value) {
        if (value == null || value.isEmpty()) return null;
        try {
            BigDecimal hours = new BigDecimal(value);
            if (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(999)) > 0) throw new NumberFormatException();
            return hours;
        } catch (NumberFormatException e) {
            throw new ImportRefusedException(personLocation("NB_HEURES"), "siecle.sts.error.hours", value);
        }
    }

    private static String attribute(XMLStreamReader reader, String name) {
        String value = reader.getAttributeValue(null, name);
        return value == null ? "" : value.strip();
    }

    private static final class PersonBuilder {
        final String id;
        final String type;
        final int line;
        String sexe;
        String civilite;
        String nomUsage;
        String nomPatronymique;
        String prenom;
        LocalDate dateNaissance;
        String grade;
        String function;
        final List<Discipline> disciplines = new ArrayList<>();

        PersonBuilder(String id, String type, int line) {
            this.id = id;
            this.type = type;
            this.line = line;
        }
    }
}
