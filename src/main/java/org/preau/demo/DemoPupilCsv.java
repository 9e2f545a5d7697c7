package org.preau.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The demo école's pupil list as a school would export it from its pupil programme: 120 pupils
 * over two implantations and nine levels (M1–P6), with NISS, pupil numbers and classes; last
 * year's list adds 14 pupils of 6th year who have since left, with their June CEB.
 */
final class DemoPupilCsv {

    static final int PUPILS = 120;
    static final String[] IMPLANTATIONS = {"Centre", "Les Tilleuls"};
    private static final String[] FASE = {"5871", "5872"};
    private static final String[] LEVELS = {"M1", "M2", "M3", "P1", "P2", "P3", "P4", "P5", "P6"};
    private static final String[] NOMS = {"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
            "Wouters", "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Renard", "Lemaire", "Collard", "Hermans"};
    private static final String[] PRENOMS = {"Lucas", "Emma", "Louis", "Olivia", "Noah", "Louise", "Arthur", "Alice", "Jules", "Lina",
            "Adam", "Mila", "Victor", "Elena", "Liam", "Juliette", "Hugo", "Chloé", "Nathan", "Zoé", "Gabriel", "Léa", "Mohamed"};

    private DemoPupilCsv() {
    }

    /** The list of the year starting in {@code startYear} ({@code offset} 0), or of the year before it ({@code offset} -1). */
    static byte[] of(int startYear, int offset) {
        StringBuilder csv = new StringBuilder("Nom;Prénom;Sexe;Date de naissance;Lieu de naissance;NISS;Numéro;Implantation;"
                + "FASE implantation;Niveau;Classe;Date d'entrée;CEB\n");
        for (int i = 1; i <= PUPILS + 14; i++) {
            String level = level(i, offset);
            if (level == null) continue;
            int implantation = (i / 3) % 2;
            LocalDate birth = birth(i, startYear - offset);
            String ceb = "";
            if (offset == -1 && "P6".equals(level)) ceb = i % 11 == 0 ? "échec" : i % 17 == 0 ? "non présenté" : "réussi";
            String classe = level + (implantation == 0 ? "A" : "B");
            csv.append(NOMS[(i * 7) % NOMS.length]).append(';').append(PRENOMS[(i * 5) % PRENOMS.length]).append(';')
                    .append(i % 2 == 0 ? "F" : "M").append(';').append(french(birth)).append(';')
                    .append(i % 5 == 0 ? "Namur" : "Charleroi").append(';').append(niss(birth, i)).append(';')
                    .append(String.format("E%04d", i)).append(';').append(IMPLANTATIONS[implantation]).append(';')
                    .append(FASE[implantation]).append(';').append(level).append(';').append(classe).append(';')
                    .append(french(entry(i, startYear - offset))).append(';')
                    .append(ceb).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The pupil's level in the current year (offset 0) or the previous one (-1); null when not at school then. */
    private static String level(int i, int offset) {
        if (i > PUPILS) return offset == -1 ? "P6" : null; // last year's 6th year, gone to secondary school
        int index = (i - 1) % LEVELS.length + offset;
        return index < 0 ? null : LEVELS[index];
    }

    /** Entered in M1, the same date in every year's list. */
    private static LocalDate entry(int i, int currentStartYear) {
        int levelNow = i > PUPILS ? LEVELS.length : (i - 1) % LEVELS.length;
        return LocalDate.of(currentStartYear - levelNow, 9, 1);
    }

    /** Born the year the pupil's current level says (M1 at 2½–3), so that age and level agree. */
    private static LocalDate birth(int i, int currentStartYear) {
        int levelNow = i > PUPILS ? LEVELS.length : (i - 1) % LEVELS.length;
        return LocalDate.of(currentStartYear - 3 - levelNow, 1 + i % 12, 1 + i % 28);
    }

    /** A NISS with its key by the rule for people born from 2000 on. */
    private static String niss(LocalDate birth, int i) {
        String base = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(),
                i % 2 == 0 ? 2 * (i % 400) + 2 : 2 * (i % 400) + 1);
        long key = 97 - (2_000_000_000L + Long.parseLong(base)) % 97;
        return base + String.format("%02d", key);
    }

    private static String french(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
