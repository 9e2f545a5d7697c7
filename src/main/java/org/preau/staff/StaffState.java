package org.preau.staff;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the database holds, for one establishment and year, about the people of one source:
 * read once before comparing with a file.
 *
 * @param functionsOfYear     functions in the imported year, per member id
 * @param functionsOfBasis    the functions "before": those of the imported year when it has any,
 *                            else those of the previous year (first import after a switchover)
 */
record StaffState(Map<String, StoredStaff> members, Map<Long, Set<String>> functionsOfYear,
                  Map<Long, Set<String>> functionsOfBasis,
                  Map<Long, Set<ServedStructure>> servicesOfYear, Map<Long, List<Discipline>> disciplines,
                  Set<IncomingStructure> structuresOfYear) {
}
