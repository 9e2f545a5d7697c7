package org.preau.staff;

/**
 * A search in the staff list.
 *
 * @param search       part of a name (nom d'usage, nom patronymique or prénom); null for all
 * @param functionCode only people with this function in the year ({@link #PROMOTION}: the fonction de promotion); null for all
 * @param status       in function this year, without function, left, or all
 * @param schoolYearId the year the functions are read in
 */
public record StaffQuery(String search, String functionCode, Status status, long schoolYearId) {

    /** In place of a function code: the members with the "fonction de promotion" ticked that year. */
    public static final String PROMOTION = "PROMOTION";

    public enum Status {
        IN_FUNCTION, WITHOUT_FUNCTION, LEFT, ALL;

        public String translationKey() {
            return "staff.status." + name();
        }
    }
}
