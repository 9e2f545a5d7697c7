package org.preau.staff;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison behind every staff import, without a database. */
class StaffDiffTest {

    private static IncomingStaff inFile(String id, String nom, String function, LocalDate birth) {
        return new IncomingStaff("epp", id, "M", nom, null, "JEAN", birth, null, null, function, null, null, List.of(), Set.of(), "ligne 1");
    }

    private static StoredStaff stored(long dbId, String id, String nom, LocalDate birth) {
        return new StoredStaff(dbId, "epp", id, "M", nom, null, "JEAN", birth, "M", null, null, null);
    }

    private static StaffState state(List<StoredStaff> members, Map<Long, Set<String>> ofYear, Map<Long, Set<String>> basis) {
        Map<String, StoredStaff> byKey = new java.util.HashMap<>();
        members.forEach(m -> byKey.put(m.key(), m));
        return new StaffState(byKey, ofYear, basis, Map.of(), Map.of(), Set.of());
    }

    @Test
    void a_person_absent_from_the_file_is_a_leaver_and_an_unknown_one_an_arrival() {
        LocalDate birth = LocalDate.of(1980, 1, 1);
        StaffState state = state(List.of(stored(1, "A", "ALPHA", birth), stored(2, "B", "BETA", birth)),
                Map.of(1L, Set.of("ENS"), 2L, Set.of("ENS")), Map.of(1L, Set.of("ENS"), 2L, Set.of("ENS")));
        StaffSnapshot file = new StaffSnapshot(StaffSnapshot.STS, List.of(inFile("A", "ALPHA", "ENS", birth), inFile("C", "GAMMA", "ENS", birth)), List.of());

        StaffDiff diff = StaffDiff.compare(file, state);

        assertThat(diff.leavers).extracting(StoredStaff::externalId).containsExactly("B");
        assertThat(diff.arrivals).extracting(StaffLine::externalId).containsExactly("C");
        assertThat(diff.unchanged).isEqualTo(1);
        assertThat(diff.newPeople).extracting(IncomingStaff::externalId).containsExactly("C");
        assertThat(diff.functionUpdates).containsExactly("epp:C");
    }

    @Test
    void a_name_change_and_a_new_function_are_described_in_french_and_a_missing_value_keeps_the_stored_one() {
        StaffState state = state(List.of(stored(1, "A", "ROBIN", LocalDate.of(1980, 1, 1))), Map.of(1L, Set.of("ENS")), Map.of(1L, Set.of("ENS")));
        StaffSnapshot file = new StaffSnapshot(StaffSnapshot.STS, List.of(inFile("A", "ROBIN-LEBLANC", "DOC", null)), List.of());

        StaffDiff diff = StaffDiff.compare(file, state);

        assertThat(diff.changes).singleElement().satisfies(c -> assertThat(c.changes())
                .containsExactly("Nom d'usage : ROBIN → ROBIN-LEBLANC", "Fonctions : ENS → DOC"));
        assertThat(diff.identityUpdates).hasSize(1);
    }

    @Test
    void on_the_first_import_of_a_year_the_previous_years_functions_are_the_basis() {
        LocalDate birth = LocalDate.of(1980, 1, 1);
        StaffState state = state(List.of(stored(1, "A", "ALPHA", birth)), Map.of(), Map.of(1L, Set.of("ENS")));
        StaffSnapshot file = new StaffSnapshot(StaffSnapshot.STS, List.of(inFile("A", "ALPHA", "ENS", birth)), List.of());

        StaffDiff diff = StaffDiff.compare(file, state);

        assertThat(diff.arrivals).isEmpty();
        assertThat(diff.unchanged).isEqualTo(1);
        // the function is still written for the new year
        assertThat(diff.functionUpdates).containsExactly("epp:A");
    }
}
