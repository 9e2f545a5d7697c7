package org.preau.siecle;

import org.preau.base.Texts;
import org.preau.learner.MefView;
import org.preau.staff.NomenclatureSubject;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the MEFs of a {@code Nomenclature.xml} ({@code BEE_NOMENCLATURES}): values are
 * space-padded in real files, so every one is trimmed; and its subjects (matières), which only
 * name codes for the screens: a subject that does not fit is left out rather than refusing the
 * file. Election modes and programmes are not imported.
 */
final class NomenclatureParser {

    static final String ROOT = "BEE_NOMENCLATURES";
    private static final Set<String> MEF_FIELDS = Set.of("FORMATION", "LIBELLE_LONG", "LIBELLE_EDITION", "MEF_RATTACHEMENT", "CODE_MEFSTAT");
    private static final Map<String, Integer> MAX = Map.of("CODE_MEF", 20, "FORMATION", 100, "LIBELLE_LONG", 200,
            "LIBELLE_EDITION", 200, "MEF_RATTACHEMENT", 20, "CODE_MEFSTAT", 20);

    private static final Set<String> SUBJECT_FIELDS = Set.of("CODE_GESTION", "LIBELLE_COURT", "LIBELLE_LONG", "LIBELLE_EDITION");
    private static final Map<String, Integer> SUBJECT_MAX = Map.of("CODE_GESTION", 20, "LIBELLE_COURT", 100, "LIBELLE_LONG", 200,
            "LIBELLE_EDITION", 200);

    record Result(Integer year, java.time.LocalDate exportDate, List<MefView> mefs, Problems problems,
                  List<NomenclatureSubject> subjects) {

        Result(Integer year, java.time.LocalDate exportDate, List<MefView> mefs, Problems problems) {
            this(year, exportDate, mefs, problems, List.of());
        }
    }

    Result parse(XmlUpload upload, String expectedUai, int expectedYear) {
        ExportParameters parameters = new ExportParameters();
        Problems problems = new Problems();
        Map<String, MefView> mefs = new LinkedHashMap<>();
        Map<String, NomenclatureSubject> subjects = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        XMLStreamReader r = upload.reader();
        try {
            String[] path = new String[64];
            int depth = 0;
            String code = null;
            int line = 0;
            Map<String, String> raw = new HashMap<>();
            String subject = null;
            Map<String, String> rawSubject = new HashMap<>();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    int at = r.getLocation().getLineNumber();
                    if (depth == 0 && !ROOT.equals(name)) throw RootRefusal.of(ImportKind.NOMENCLATURE, name, at);
                    if (depth == path.length) throw new ImportRefusedException(Texts.get("siecle.location.line", String.valueOf(at)), "siecle.error.tooDeep");
                    path[depth++] = name;
                    if (depth == 3 && "PARAMETRES".equals(path[1])) {
                        parameters.read(name, r.getElementText().strip(), at);
                        depth--;
                    } else if (depth == 4 && "MEF".equals(name) && "MEFS".equals(path[2]) && "DONNEES".equals(path[1])) {
                        code = BeeParser.blankToNull(r.getAttributeValue(null, "CODE_MEF"));
                        line = at;
                        raw.clear();
                    } else if (depth == 5 && "MEF".equals(path[3]) && "MEFS".equals(path[2]) && MEF_FIELDS.contains(name)) {
                        raw.put(name, r.getElementText().strip());
                        depth--;
                    } else if (depth == 4 && "MATIERE".equals(name) && "MATIERES".equals(path[2]) && "DONNEES".equals(path[1])) {
                        subject = BeeParser.blankToNull(r.getAttributeValue(null, "CODE_MATIERE"));
                        rawSubject.clear();
                    } else if (depth == 5 && "MATIERE".equals(path[3]) && "MATIERES".equals(path[2]) && SUBJECT_FIELDS.contains(name)) {
                        rawSubject.put(name, r.getElementText().strip());
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 4 && "MATIERE".equals(path[3]) && "MATIERES".equals(path[2])) {
                        if (subject != null && subject.length() <= 10) subjects.putIfAbsent(subject, subject(subject, rawSubject));
                        subject = null;
                    }
                    if (depth == 4 && "MEF".equals(path[3]) && "MEFS".equals(path[2])) {
                        String where = Texts.get("siecle.location.mef", line, String.valueOf(code));
                        if (code == null) {
                            problems.error(Texts.get("siecle.location.line", String.valueOf(line)), "siecle.error.mef.noCode");
                        } else if (mefs.containsKey(code)) {
                            problems.error(where, "siecle.error.mef.duplicate", code, lines.get(code), line);
                        } else {
                            boolean fits = true;
                            Map<String, String> values = new HashMap<>(raw);
                            values.put("CODE_MEF", code);
                            for (var e : values.entrySet()) {
                                Integer max = MAX.get(e.getKey());
                                if (max != null && e.getValue() != null && e.getValue().length() > max) {
                                    problems.error(where, "siecle.error.tooLong", e.getKey(), max);
                                    fits = false;
                                }
                            }
                            if (fits) {
                                mefs.put(code, new MefView(code, BeeParser.blankToNull(raw.get("FORMATION")),
                                        BeeParser.blankToNull(raw.get("LIBELLE_LONG")), BeeParser.blankToNull(raw.get("LIBELLE_EDITION")),
                                        BeeParser.blankToNull(raw.get("MEF_RATTACHEMENT")), BeeParser.blankToNull(raw.get("CODE_MEFSTAT"))));
                                lines.put(code, line);
                            }
                        }
                        code = null;
                    }
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            throw XmlUpload.refusal(e);
        } finally {
            XmlUpload.closeQuietly(r);
        }
        parameters.check(expectedUai, expectedYear, problems);
        return new Result(parameters.yearValue(), parameters.exportDateValue(), new ArrayList<>(mefs.values()), problems,
                new ArrayList<>(subjects.values()));
    }

    private static NomenclatureSubject subject(String code, Map<String, String> raw) {
        Map<String, String> v = new HashMap<>();
        raw.forEach((field, value) -> {
            String text = BeeParser.blankToNull(value);
            int max = SUBJECT_MAX.get(field);
            v.put(field, text == null || text.length() <= max ? text : text.substring(0, max));
        });
        return new NomenclatureSubject(code, v.get("CODE_GESTION"), v.get("LIBELLE_COURT"), v.get("LIBELLE_LONG"), v.get("LIBELLE_EDITION"));
    }
}
