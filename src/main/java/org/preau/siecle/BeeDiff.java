package org.preau.siecle;

import org.preau.base.Texts;
import org.preau.learner.ImportedLearner;
import org.preau.learner.ImportedLearner.Movement;
import org.preau.learner.KnownLearner;
import org.preau.learner.RosterChanges;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares a BEE export with the learners the establishment knows (rule 6): leaver = active
 * before, not active after (absent, or listed with an exit date) → deactivated, never deleted;
 * arrival = active after, key unknown before → created; continuing = active in both → updated.
 * Only what differs is written, so importing the same file twice changes nothing.
 */
final class BeeDiff {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    record Plan(RosterChanges changes, Map<String, Integer> counts, Map<String, Integer> perDivision,
                List<PreviewLine> arrivals, List<PreviewLine> leavers, List<PreviewLine> changed) {
    }

    private BeeDiff() {
    }

    static Plan plan(BeeFile file, Map<String, KnownLearner> known, long schoolYearId) {
        List<ImportedLearner> writes = new ArrayList<>();
        List<PreviewLine> arrivals = new ArrayList<>();
        List<PreviewLine> leavers = new ArrayList<>();
        List<PreviewLine> changed = new ArrayList<>();
        Map<String, Integer> perDivision = new TreeMap<>();
        Set<String> groups = new HashSet<>();
        Set<String> keysInFile = new HashSet<>(file.pupils().size() * 2);
        int active = 0, leftInFile = 0, withoutDivision = 0, reactivated = 0, continuing = 0, leaversWithDate = 0;
        int divisionChanges = 0, mefChanges = 0, nameChanges = 0, unchanged = 0;
        int activeBefore = (int) known.values().stream().filter(KnownLearner::active).count();
        Map<Long, String> rekeys = new HashMap<>();
        Map<String, KnownLearner> byEleveId = null;

        for (BeePupil p : file.pupils()) {
            String key = p.key();
            keysInFile.add(key);
            KnownLearner k = known.get(key);
            boolean rekeyed = false;
            if (k == null && p.eleveId != null) {
                // The same pupil under another key: first exported without an INE (keyed by ELEVE_ID),
                // now with one (or the reverse). SIECLE's ELEVE_ID stays the same: keep one learner.
                if (byEleveId == null) byEleveId = byEleveId(known);
                KnownLearner same = byEleveId.get(p.eleveId);
                if (same != null && !keysInFile.contains(same.siecleKey())) {
                    k = same;
                    rekeyed = true;
                    keysInFile.add(same.siecleKey());
                    rekeys.put(same.learnerId(), key);
                }
            }
            boolean wasActive = k != null && k.active();
            if (p.active) {
                active++;
                if (p.division == null) withoutDivision++;
                else perDivision.merge(p.division, 1, Integer::sum);
                groups.addAll(p.groups);
            } else {
                leftInFile++;
            }

            Movement movement = Movement.NONE;
            if (p.active && k == null) {
                movement = Movement.ARRIVED;
                arrivals.add(new PreviewLine(key, p.displayName(), p.division, null));
            } else if (p.active && !wasActive) {
                movement = Movement.RETURNED;
                reactivated++;
                arrivals.add(new PreviewLine(key, p.displayName(), p.division, Texts.get("siecle.preview.returning")));
            } else if (!p.active && wasActive) {
                movement = Movement.LEFT;
                leaversWithDate++;
                leavers.add(new PreviewLine(key, p.displayName(), k.division(),
                        Texts.get("siecle.preview.exit", FRENCH_DATE.format(p.dateSortie))));
            }

            boolean identityChanged = k == null || !sameIdentity(k, p);
            boolean enrolmentChanged = k == null || !k.enrolledIn(schoolYearId) || !sameEnrolment(k, p);
            if (p.active && wasActive) {
                continuing++;
                List<String> what = new ArrayList<>();
                if (rekeyed) what.add(Texts.get("siecle.preview.change.key", dash(k.ine()), dash(p.ine)));
                if (!Objects.equals(displayName(k), p.displayName())) {
                    nameChanges++;
                    what.add(Texts.get("siecle.preview.change.name", displayName(k), p.displayName()));
                }
                if (!Objects.equals(k.division(), p.division)) {
                    divisionChanges++;
                    what.add(Texts.get("siecle.preview.change.division", dash(k.division()), dash(p.division)));
                }
                if (!Objects.equals(k.codeMef(), p.codeMef)) {
                    mefChanges++;
                    what.add(Texts.get("siecle.preview.change.mef", dash(k.codeMef()), dash(p.codeMef)));
                }
                if (!what.isEmpty()) changed.add(new PreviewLine(key, p.displayName(), p.division, String.join(" ; ", what)));
            }
            if (identityChanged || enrolmentChanged || movement != Movement.NONE) {
                writes.add(new ImportedLearner(k == null ? null : k.learnerId(), key, p.ine, p.eleveId, p.nom, p.nomUsage, p.prenom,
                        p.prenom2, p.prenom3, p.sexe, p.dateNaissance, p.division, p.groupCodes(), p.codeMef, p.active,
                        p.dateEntree, p.dateSortie, identityChanged, enrolmentChanged, movement));
            } else {
                unchanged++;
            }
        }

        List<KnownLearner> absent = new ArrayList<>();
        for (KnownLearner k : known.values()) {
            if (k.active() && !keysInFile.contains(k.siecleKey())) {
                absent.add(k);
                leavers.add(new PreviewLine(k.siecleKey(), k.displayName(), k.division(), Texts.get("siecle.preview.absent")));
            }
        }
        absent.sort(Comparator.comparing(KnownLearner::siecleKey));
        Comparator<PreviewLine> byName = Comparator.comparing(PreviewLine::name, String.CASE_INSENSITIVE_ORDER).thenComparing(PreviewLine::key);
        arrivals.sort(byName);
        leavers.sort(byName);
        changed.sort(byName);

        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("eleves_in_file", file.pupils().size());
        counts.put("active_pupils", active);
        counts.put("left_in_file", leftInFile);
        counts.put("active_without_division", withoutDivision);
        counts.put("divisions", perDivision.size());
        counts.put("groups", groups.size());
        counts.put("active_before", activeBefore);
        counts.put("active_after", active);
        counts.put("arrivals", arrivals.size() - reactivated);
        counts.put("reactivated", reactivated);
        counts.put("continuing", continuing);
        counts.put("leavers", leaversWithDate + absent.size());
        counts.put("leavers_absent_from_file", absent.size());
        counts.put("leavers_with_date_sortie", leaversWithDate);
        counts.put("division_changes", divisionChanges);
        counts.put("mef_changes", mefChanges);
        counts.put("name_changes", nameChanges);
        counts.put("unchanged", unchanged);
        counts.put("written", writes.size() + absent.size());
        return new Plan(new RosterChanges(writes, absent, rekeys), counts, perDivision, arrivals, leavers, changed);
    }

    private static boolean sameIdentity(KnownLearner k, BeePupil p) {
        return Objects.equals(k.ine(), p.ine) && Objects.equals(k.eleveId(), p.eleveId) && Objects.equals(k.nom(), p.nom)
                && Objects.equals(k.nomUsage(), p.nomUsage) && Objects.equals(k.prenom(), p.prenom)
                && Objects.equals(k.prenom2(), p.prenom2) && Objects.equals(k.prenom3(), p.prenom3)
                && Objects.equals(k.sexe(), p.sexe) && Objects.equals(k.dateNaissance(), p.dateNaissance);
    }

    private static boolean sameEnrolment(KnownLearner k, BeePupil p) {
        return Objects.equals(k.division(), p.division) && Objects.equals(k.groups(), p.groupCodes())
                && Objects.equals(k.codeMef(), p.codeMef) && k.active() == p.active
                && Objects.equals(k.entryDate(), p.dateEntree) && Objects.equals(k.exitDate(), p.dateSortie);
    }

    private static String displayName(KnownLearner k) {
        return k.displayName();
    }

    private static String dash(String value) {
        return value == null ? "—" : value;
    }


    private static Map<String, KnownLearner> byEleveId(Map<String, KnownLearner> known) {
        Map<String, KnownLearner> map = new HashMap<>();
        for (KnownLearner k : known.values()) if (k.eleveId() != null) map.putIfAbsent(k.eleveId(), k);
        return map;
    }

}
