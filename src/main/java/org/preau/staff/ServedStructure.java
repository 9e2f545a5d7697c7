package org.preau.staff;

/**
 * A division ({@code D}) or group ({@code G}) a teacher serves in a year, for one subject
 * (STS {@code SERVICE CODE_MATIERE}; empty when unknown).
 */
public record ServedStructure(String type, String code, String subjectCode) {

    public static final String DIVISION = "D";
    public static final String GROUP = "G";

    public ServedStructure {
        subjectCode = subjectCode == null ? "" : subjectCode;
    }
}
