package org.preau.siecle;

import org.preau.base.Texts;
import org.preau.learner.MefView;

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
 * space-padded in real files, so every one is trimmed. Subjects, election modes and programmes
 * are not imported.
 */
final class NomenclatureParser {

    static final String ROOT = "BEE_NOMENCLATURES";
    private static final Set<String> MEF_FIELDS = Set.of("FORMATION", "LIBELLE_LONG", "LIBELLE_EDITION", "MEF_RATTACHEMENT", "CODE_MEFSTAT");
    private static final Map<String, Integer> MAX = Map.of("CODE_MEF", 20, "FORMATION", 100, "LIBELLE_LONG", 200,
            "LIBELLE_EDITION", 200, "MEF_RATTACHEMENT", 20, "CODE_MEFSTAT", 20);

    record Result(Integer year, java.time.LocalDate exportDate, List<MefView> mefs, Problems problems) {
    }

    Result parse(XmlUpload upload, String expectedUai, int expectedYear) {
        ExportParameters parameters = new ExportParameters();
        Problems problems = new Problems();
        Map<String, MefView> mefs = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        XMLStreamReader r = upload.reader();
        try {
            String[] path = new String[64];
            int depth = 0;
            String code = null;
            int line = 0;
            Map<String, String> raw = new HashMap<>();
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
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
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
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // already closed
            }
        }
        parameters.check(expectedUai, expectedYear, problems);
        return new Result(parameters.yearValue(), parameters.exportDateValue(), new ArrayList<>(mefs.values()), problems);
    }
}
