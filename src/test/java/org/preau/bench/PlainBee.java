package org.preau.bench;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The least a program must do to read a BEE export: one StAX pass, the pupil's fields by path,
 * the division and groups from the structures. No check, no location, no refusal: it is the
 * reading half of the plain-JDBC limit ({@link JdbcLimit}) and of the naive baseline
 * ({@link NaiveJpaImport}), not a parser for Préau.
 */
final class PlainBee {

    /** One pupil as the limit writes them. */
    static final class Pupil {
        String eleveId, ine, nom, nomUsage, prenom, prenom2, prenom3, sexe, codeMef, division, groups;
        LocalDate naissance, entree, sortie;

        String key() {
            return ine != null ? ine : "ELEVE_ID:" + eleveId;
        }

        boolean active() {
            return sortie == null;
        }

        String sortName() {
            return (nomUsage != null ? nomUsage : nom) + " " + prenom;
        }
    }

    private static final java.util.Set<String> FIELDS = java.util.Set.of("ID_NATIONAL", "NOM_DE_FAMILLE", "NOM_USAGE", "PRENOM",
            "PRENOM2", "PRENOM3", "CODE_SEXE", "DATE_NAISS", "DATE_ENTREE", "DATE_SORTIE", "CODE_MEF");

    private PlainBee() {
    }

    static List<Pupil> read(Path file) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Pupil> pupils = new ArrayList<>();
        Map<String, Pupil> byEleveId = new HashMap<>();
        Map<String, String> shared = new HashMap<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            String[] path = new String[16];
            int depth = 0;
            Pupil pupil = null;
            Pupil structuresOf = null;
            String code = null;
            String type = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    path[depth++] = name;
                    if (depth == 4 && "ELEVE".equals(name)) {
                        pupil = new Pupil();
                        pupil.eleveId = r.getAttributeValue(null, "ELEVE_ID");
                    } else if (depth == 5 && pupil != null && FIELDS.contains(name)) {
                        String text = blankToNull(r.getElementText());
                        depth--;
                        switch (name) {
                            case "ID_NATIONAL" -> pupil.ine = text;
                            case "NOM_DE_FAMILLE" -> pupil.nom = text;
                            case "NOM_USAGE" -> pupil.nomUsage = text;
                            case "PRENOM" -> pupil.prenom = text;
                            case "PRENOM2" -> pupil.prenom2 = text;
                            case "PRENOM3" -> pupil.prenom3 = text;
                            case "CODE_SEXE" -> pupil.sexe = "1".equals(text) ? "M" : "2".equals(text) ? "F" : null;
                            case "DATE_NAISS" -> pupil.naissance = date(text);
                            case "DATE_ENTREE" -> pupil.entree = date(text);
                            case "DATE_SORTIE" -> pupil.sortie = date(text);
                            case "CODE_MEF" -> pupil.codeMef = shared.computeIfAbsent(text, x -> x);
                            default -> { }
                        }
                    } else if (depth == 4 && "STRUCTURES_ELEVE".equals(name)) {
                        structuresOf = byEleveId.get(r.getAttributeValue(null, "ELEVE_ID"));
                    } else if (depth == 6 && "STRUCTURE".equals(path[4])) {
                        String text = blankToNull(r.getElementText());
                        depth--;
                        if ("CODE_STRUCTURE".equals(name)) code = text;
                        else if ("TYPE_STRUCTURE".equals(name)) type = text;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 4 && pupil != null) {
                        pupils.add(pupil);
                        byEleveId.put(pupil.eleveId, pupil);
                        pupil = null;
                    } else if (depth == 5 && "STRUCTURE".equals(path[4]) && structuresOf != null && code != null) {
                        if ("D".equals(type)) structuresOf.division = shared.computeIfAbsent(code, x -> x);
                        else structuresOf.groups = structuresOf.groups == null ? code : structuresOf.groups + "|" + code;
                        code = null;
                        type = null;
                    }
                    depth--;
                }
            }
            r.close();
        }
        return pupils;
    }

    private static String blankToNull(String text) {
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }

    private static LocalDate date(String ddMMyyyy) {
        if (ddMMyyyy == null) return null;
        return LocalDate.of(Integer.parseInt(ddMMyyyy.substring(6, 10)), Integer.parseInt(ddMMyyyy.substring(3, 5)),
                Integer.parseInt(ddMMyyyy.substring(0, 2)));
    }
}
