package org.preau.siecle;

import org.preau.base.Texts;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleConsumer;

/**
 * Reads a BEE pupils' export ({@code ElevesSansAdresses.xml} / {@code ElevesAvecAdresses.xml})
 * with StAX, matching elements by their path: {@code SCOLARITE_AN_DERNIER} has a
 * {@code CODE_MEF} of its own, last year's, that must not be taken for the pupil's. Applies the
 * import rules: key = ID_NATIONAL else ELEVE_ID; active = no DATE_SORTIE or one after
 * DATE_EXPORT; division = the D structure, groups = the G ones. Every value that cannot be
 * imported becomes an error with its location; the caller refuses the file when there is one.
 */
final class BeeParser {

    static final String ROOT = "BEE_ELEVES";

    private static final Set<String> PUPIL_FIELDS = Set.of("ID_NATIONAL", "NOM_DE_FAMILLE", "NOM", "NOM_USAGE", "PRENOM",
            "PRENOM2", "PRENOM3", "CODE_SEXE", "DATE_NAISS", "DATE_ENTREE", "DATE_SORTIE", "CODE_MEF");
    static final int NAME_MAX = 100;
    static final int CODE_MAX = 20;
    static final int DIVISION_MAX = 40;
    static final int GROUPS_MAX = 500;

    private record StructureRef(String eleveId, int line, String code, String type) {
    }

    private final Problems problems = new Problems();
    /** Divisions, groups, MEF codes and dates repeat across pupils: one instance each keeps 100,000 pupils small. */
    private final Map<Object, Object> shared = new HashMap<>();
    private final Map<String, Optional<LocalDate>> dates = new HashMap<>();

    @SuppressWarnings("unchecked")
    private <T> T share(T value) {
        if (value == null) return null;
        Object known = shared.putIfAbsent(value, value);
        return known == null ? value : (T) known;
    }

    BeeFile parse(XmlUpload upload, String expectedUai, int expectedYear, DoubleConsumer progress) {
        ExportParameters parameters = new ExportParameters();
        List<BeePupil> pupils = new ArrayList<>();
        Map<String, BeePupil> byEleveId = new HashMap<>();
        Map<String, BeePupil> byIne = new HashMap<>();
        List<StructureRef> structures = new ArrayList<>();
        long size = Math.max(1, upload.size());

        XMLStreamReader r = upload.reader();
        try {
            String[] path = new String[64];
            int depth = 0;
            BeePupil pupil = null;
            Map<String, String> raw = new HashMap<>();
            String structuresEleveId = null;
            int structuresLine = 0;
            String code = null;
            String type = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    int line = r.getLocation().getLineNumber();
                    if (depth == 0 && !ROOT.equals(name)) throw RootRefusal.of(ImportKind.SIECLE_BEE, name, line);
                    if (depth == path.length) throw new ImportRefusedException(Texts.get("siecle.location.line", String.valueOf(line)), "siecle.error.tooDeep");
                    path[depth++] = name;
                    if (depth == 3 && "PARAMETRES".equals(path[1])) {
                        parameters.read(name, r.getElementText().strip(), line);
                        depth--;
                    } else if (depth == 4 && "ELEVE".equals(name) && "ELEVES".equals(path[2]) && "DONNEES".equals(path[1])) {
                        pupil = new BeePupil(blankToNull(r.getAttributeValue(null, "ELEVE_ID")), line);
                        raw.clear();
                    } else if (depth == 5 && pupil != null && "ELEVE".equals(path[3]) && PUPIL_FIELDS.contains(name)) {
                        raw.put(name, r.getElementText().strip());
                        depth--;
                    } else if (depth == 4 && "STRUCTURES_ELEVE".equals(name) && "STRUCTURES".equals(path[2]) && "DONNEES".equals(path[1])) {
                        structuresEleveId = blankToNull(r.getAttributeValue(null, "ELEVE_ID"));
                        structuresLine = line;
                        code = null;
                        type = null;
                    } else if (depth == 6 && "STRUCTURE".equals(path[4]) && "STRUCTURES_ELEVE".equals(path[3])
                            && ("CODE_STRUCTURE".equals(name) || "TYPE_STRUCTURE".equals(name))) {
                        String value = r.getElementText().strip();
                        if ("CODE_STRUCTURE".equals(name)) code = value;
                        else type = value;
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 4 && pupil != null && "ELEVE".equals(path[3])) {
                        finish(pupil, raw, byEleveId, byIne);
                        pupils.add(pupil);
                        pupil = null;
                        if (pupils.size() % 2000 == 0 && progress != null) {
                            int offset = r.getLocation().getCharacterOffset();
                            if (offset > 0) progress.accept(Math.min(0.99, offset / (double) size));
                        }
                    } else if (depth == 5 && "STRUCTURE".equals(path[4]) && "STRUCTURES_ELEVE".equals(path[3])) {
                        structures.add(new StructureRef(structuresEleveId, structuresLine, code, type));
                        code = null;
                        type = null;
                    } else if (depth == 4 && "STRUCTURES_ELEVE".equals(path[3]) && structuresEleveId == null) {
                        problems.error(Texts.get("siecle.location.line", String.valueOf(structuresLine)), "siecle.error.structures.noId");
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
        attachStructures(structures, byEleveId);
        LocalDate exportDate = parameters.exportDateValue();
        for (BeePupil p : pupils) {
            p.active = p.dateSortie == null || (exportDate != null && p.dateSortie.isAfter(exportDate));
            if (p.active && p.division == null) {
                problems.warning(pupilLocation(p), "siecle.warning.noDivision", p.displayName(), p.eleveId);
            }
            if (p.division != null && p.division.length() > DIVISION_MAX) {
                problems.error(pupilLocation(p), "siecle.error.tooLong", "CODE_STRUCTURE", DIVISION_MAX);
            }
            if (p.groupCodes() != null && p.groupCodes().length() > GROUPS_MAX) {
                problems.error(pupilLocation(p), "siecle.error.tooLong", "CODE_STRUCTURE", GROUPS_MAX);
            }
        }
        if (progress != null) progress.accept(1.0);
        return new BeeFile(parameters.uaj, parameters.yearValue(), exportDate, pupils, problems.warnings(), problems.errors());
    }

    /** Checks and converts the pupil's values once its element is closed. */
    private void finish(BeePupil p, Map<String, String> raw, Map<String, BeePupil> byEleveId, Map<String, BeePupil> byIne) {
        // the location is formatted only for a problem: formatting it for every pupil was a large part of reading 100,000
        if (p.eleveId == null) {
            problems.error(Texts.get("siecle.location.line", String.valueOf(p.line)), "siecle.error.eleveId.missing");
        } else {
            BeePupil first = byEleveId.putIfAbsent(p.eleveId, p);
            if (first != null) {
                problems.error(pupilLocation(p), "siecle.error.eleveId.duplicate", p.eleveId, nameOf(first, raw, true), first.line,
                        nameOf(p, raw, false), p.line);
            }
            if (p.eleveId.length() > CODE_MAX) problems.error(pupilLocation(p), "siecle.error.tooLong", "ELEVE_ID", CODE_MAX);
        }
        p.ineElement = raw.containsKey("ID_NATIONAL");
        p.ine = blankToNull(raw.get("ID_NATIONAL"));
        p.nom = blankToNull(raw.getOrDefault("NOM_DE_FAMILLE", raw.get("NOM")));
        p.nomUsage = blankToNull(raw.get("NOM_USAGE"));
        p.prenom = blankToNull(raw.get("PRENOM"));
        p.prenom2 = blankToNull(raw.get("PRENOM2"));
        p.prenom3 = blankToNull(raw.get("PRENOM3"));
        p.codeMef = share(blankToNull(raw.get("CODE_MEF")));
        if (!p.ineElement) {
            if (p.eleveId != null) problems.error(pupilLocation(p), "siecle.error.ine.missing", p.eleveId, p.displayName());
        } else if (p.ine == null) {
            problems.warning(pupilLocation(p), "siecle.warning.ine.empty", p.displayName(), p.eleveId);
        } else {
            BeePupil first = byIne.putIfAbsent(p.ine, p);
            if (first != null) {
                problems.error(pupilLocation(p), "siecle.error.ine.duplicate", p.ine, first.displayName(), first.eleveId, first.line,
                        p.displayName(), p.eleveId, p.line);
            }
            if (p.ine.length() > CODE_MAX) problems.error(field(p, "ID_NATIONAL"), "siecle.error.tooLong", "ID_NATIONAL", CODE_MAX);
        }
        if (p.nom == null) problems.error(field(p, "NOM_DE_FAMILLE"), "siecle.error.nom.missing", String.valueOf(p.eleveId));
        if (p.prenom == null) problems.error(field(p, "PRENOM"), "siecle.error.prenom.missing", String.valueOf(p.eleveId));
        for (String name : new String[]{"NOM_DE_FAMILLE", "NOM", "NOM_USAGE", "PRENOM", "PRENOM2", "PRENOM3"}) {
            String value = raw.get(name);
            if (value != null && value.length() > NAME_MAX) problems.error(field(p, name), "siecle.error.tooLong", name, NAME_MAX);
        }
        if (p.codeMef != null && p.codeMef.length() > CODE_MAX) problems.error(field(p, "CODE_MEF"), "siecle.error.tooLong", "CODE_MEF", CODE_MAX);
        String sexe = raw.get("CODE_SEXE");
        if ("1".equals(sexe)) p.sexe = "M";
        else if ("2".equals(sexe)) p.sexe = "F";
        else if (sexe != null && !sexe.isEmpty()) problems.warning(field(p, "CODE_SEXE"), "siecle.warning.sexe", sexe);
        p.dateNaissance = date(p, raw, "DATE_NAISS");
        p.dateEntree = date(p, raw, "DATE_ENTREE");
        p.dateSortie = date(p, raw, "DATE_SORTIE");
    }

    private LocalDate date(BeePupil p, Map<String, String> raw, String name) {
        String text = raw.get(name);
        if (text == null || text.isEmpty()) return null;
        // a file holds a few thousand distinct dates for 300,000 date fields: each text is parsed once
        LocalDate date = dates.computeIfAbsent(text, t -> Optional.ofNullable(SiecleDates.parse(t))).orElse(null);
        if (date == null) problems.error(field(p, name), "siecle.error.date", text);
        return date;
    }

    /** Rule 4: the D structure is the division, whatever the order; G structures are groups. */
    private void attachStructures(List<StructureRef> structures, Map<String, BeePupil> byEleveId) {
        for (StructureRef s : structures) {
            if (s.eleveId() == null) continue;
            BeePupil p = byEleveId.get(s.eleveId());
            if (p == null) {
                problems.error(Texts.get("siecle.location.structures", s.line(), s.eleveId()), "siecle.error.structures.orphan", s.eleveId());
                continue;
            }
            if (s.code() == null || s.code().isEmpty()) continue;
            if ("D".equals(s.type())) {
                if (p.division == null) p.division = share(s.code());
                else if (!p.division.equals(s.code())) {
                    problems.warning(Texts.get("siecle.location.structures", s.line(), s.eleveId()), "siecle.warning.twoDivisions",
                            p.displayName(), p.eleveId, p.division, s.code());
                }
            } else if ("G".equals(s.type()) && !p.groups.contains(s.code())) {
                p.groups.add(share(s.code()));
            }
        }
    }

    private static String nameOf(BeePupil p, Map<String, String> raw, boolean finished) {
        if (finished) return p.displayName();
        String nom = blankToNull(raw.get("NOM_USAGE"));
        if (nom == null) nom = blankToNull(raw.getOrDefault("NOM_DE_FAMILLE", raw.get("NOM")));
        String prenom = raw.getOrDefault("PRENOM", "");
        return (nom == null ? "?" : nom) + " " + prenom;
    }

    static String pupilLocation(BeePupil p) {
        return Texts.get("siecle.location.pupil", p.line, String.valueOf(p.eleveId));
    }

    private static String field(BeePupil p, String element) {
        return Texts.get("siecle.location.pupilField", p.line, String.valueOf(p.eleveId), element);
    }

    static String blankToNull(String value) {
        if (value == null) return null;
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
