package org.preau.staff;

import org.preau.base.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a file with the stored staff: arrivals, leavers, changes, and what must be written.
 * Pure computation, so that the preview and the confirmation agree on every count.
 */
final class StaffDiff {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final List<StaffLine> arrivals = new ArrayList<>();
    final List<StoredStaff> leavers = new ArrayList<>();
    final List<StaffChange> changes = new ArrayList<>();
    int unchanged;

    /** People unknown so far: a new row. */
    final List<IncomingStaff> newPeople = new ArrayList<>();
    /** Known people whose stored identity differs from the file. */
    final List<IncomingStaff> identityUpdates = new ArrayList<>();
    /** Keys of people whose functions for the year must be replaced by the file's. */
    final Set<String> functionUpdates = new HashSet<>();
    final Set<String> serviceUpdates = new HashSet<>();
    final Set<String> disciplineUpdates = new HashSet<>();
    boolean structuresChanged;

    private StaffDiff() {
    }

    static StaffDiff compare(StaffSnapshot snapshot, StaffState state) {
        StaffDiff diff = new StaffDiff();
        Set<String> inFile = new HashSet<>();
        for (IncomingStaff person : snapshot.people()) {
            inFile.add(person.key());
            StoredStaff stored = state.members().get(person.key());
            Set<String> wanted = person.functionCode() == null ? Set.of() : Set.of(person.functionCode());
            if (stored == null) {
                diff.newPeople.add(person);
                diff.arrivals.add(line(person));
                diff.functionUpdates.add(person.key());
                if (!person.served().isEmpty()) diff.serviceUpdates.add(person.key());
                if (person.disciplines() != null && !person.disciplines().isEmpty()) diff.disciplineUpdates.add(person.key());
                continue;
            }
            List<String> described = new ArrayList<>(identityChanges(stored, person));
            if (!described.isEmpty()) diff.identityUpdates.add(person);
            Set<String> ofYear = state.functionsOfYear().getOrDefault(stored.id(), Set.of());
            if (!ofYear.equals(wanted)) diff.functionUpdates.add(person.key());
            Set<ServedStructure> servedNow = state.servicesOfYear().getOrDefault(stored.id(), Set.of());
            boolean servicesDiffer = !servedNow.equals(person.served()) && StaffSnapshot.STS.equals(snapshot.source());
            if (servicesDiffer) diff.serviceUpdates.add(person.key());
            if (person.disciplines() != null && !sameDisciplines(state.disciplines().getOrDefault(stored.id(), List.of()), person.disciplines())) {
                diff.disciplineUpdates.add(person.key());
                described.add(Texts.get("staff.change.disciplines"));
            }

            Set<String> before = state.functionsOfBasis().get(stored.id());
            if (before == null) {
                diff.arrivals.add(line(person));
                continue;
            }
            if (!before.equals(wanted)) {
                described.add(Texts.get("staff.change.field", Texts.get("staff.field.functions"), String.join(", ", new TreeSet<>(before)),
                        wanted.isEmpty() ? "—" : String.join(", ", wanted)));
            }
            // A new year always brings a new timetable: served divisions count as a change only
            // when the year already has its services (not on its first import, nor after the
            // switchover carried the functions over).
            if (servicesDiffer && !state.servicesOfYear().isEmpty()) described.add(Texts.get("staff.change.services"));
            if (described.isEmpty()) diff.unchanged++;
            else diff.changes.add(new StaffChange(line(person), described));
        }
        for (StoredStaff stored : state.members().values()) {
            if (!inFile.contains(stored.key()) && state.functionsOfBasis().containsKey(stored.id())) {
                diff.leavers.add(stored);
            }
        }
        diff.leavers.sort(Comparator.comparing(StoredStaff::nomUsage).thenComparing(StoredStaff::prenom));
        if (snapshot.structures() != null) {
            diff.structuresChanged = !new HashSet<>(snapshot.structures()).equals(state.structuresOfYear());
        }
        return diff;
    }

    List<StaffLine> leaverLines(StaffState state) {
        return leavers.stream().map(s -> new StaffLine(s.externalId(), s.nomUsage(), s.prenom(),
                String.join(", ", new TreeSet<>(state.functionsOfBasis().getOrDefault(s.id(), Set.of()))))).toList();
    }

    private static StaffLine line(IncomingStaff person) {
        return new StaffLine(person.externalId(), person.nomUsage(), person.prenom(), person.functionCode());
    }

    /** The identity fields that the file changes, described in French; a field the file leaves empty keeps its value. */
    static List<String> identityChanges(StoredStaff stored, IncomingStaff file) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("staff.field.civilite", new String[]{stored.civilite(), file.civilite()});
        fields.put("staff.field.nomUsage", new String[]{stored.nomUsage(), file.nomUsage()});
        fields.put("staff.field.nomPatronymique", new String[]{stored.nomPatronymique(), file.nomPatronymique()});
        fields.put("staff.field.prenom", new String[]{stored.prenom(), file.prenom()});
        fields.put("staff.field.dateNaissance", new String[]{date(stored.dateNaissance()), date(file.dateNaissance())});
        fields.put("staff.field.sexe", new String[]{stored.sexe(), file.sexe()});
        fields.put("staff.field.grade", new String[]{stored.grade(), file.grade()});
        fields.put("staff.field.emailPro", new String[]{stored.emailPro(), file.emailPro()});
        fields.put("staff.field.emailPerso", new String[]{stored.emailPerso(), file.emailPerso()});
        List<String> described = new ArrayList<>();
        fields.forEach((key, values) -> {
            if (values[1] != null && !values[1].equals(values[0])) {
                described.add(Texts.get("staff.change.field", Texts.get(key), values[0] == null ? "—" : values[0], values[1]));
            }
        });
        return described;
    }

    static boolean sameDisciplines(List<Discipline> stored, List<Discipline> file) {
        if (stored.size() != file.size()) return false;
        Map<String, Discipline> byCode = new LinkedHashMap<>();
        stored.forEach(d -> byCode.put(d.code(), d));
        return file.stream().allMatch(d -> byCode.containsKey(d.code()) && byCode.get(d.code()).sameAs(d));
    }

    private static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    static boolean equal(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
