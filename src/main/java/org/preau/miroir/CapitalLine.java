package org.preau.miroir;

/**
 * One line of a year's capital-périodes: periods allotted to an implantation, level and nature
 * (no teacher), or attributed to a teacher (a staff record of the year).
 *
 * @param level       M1…P6, or M / P for the whole maternel / primaire of the implantation
 * @param staffId     the teacher's staff record, null on an allotment line
 * @param teacherName the teacher's name as the file writes it, null on an allotment line
 */
public record CapitalLine(int lineNo, String implantation, String level, PeriodNature nature, int periods, Long staffId,
                          String teacherName) {

    public boolean attribution() {
        return staffId != null;
    }

    /** What makes two lines the same, whatever their place in the file. */
    String key() {
        return MiroirCsv.nameKey(implantation) + "|" + level + "|" + nature + "|" + periods + "|" + staffId;
    }
}
