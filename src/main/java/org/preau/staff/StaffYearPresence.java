package org.preau.staff;

/**
 * Where a member's presences and fonction de promotion of a year are read: the row of that year,
 * or else the member's latest earlier one (a new year starts with last year's ticks, as in
 * ProEco, without a copy at the switchover); a member with no row at all is present and not
 * the director.
 */
final class StaffYearPresence {

    private StaffYearPresence() {
    }

    /** The school year whose row applies to member {@code m} in the year given by {@code yearParam} ({@code ?} or {@code :y}). */
    static String latest(String yearParam) {
        return "(select p2.school_year_id from staff_year_presence p2 join school_year y2 on y2.id = p2.school_year_id"
                + " where p2.staff_member_id = m.id and y2.start_year <= (select y3.start_year from school_year y3 where y3.id = "
                + yearParam + ") order by y2.start_year desc limit 1)";
    }

    static final String LATEST = latest("?");
}
