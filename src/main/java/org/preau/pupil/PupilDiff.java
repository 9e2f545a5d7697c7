package org.preau.pupil;

import org.preau.base.Texts;
import org.preau.learner.KnownLearner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Compares checked lines with the school's pupils of a year, without writing. A line is matched by
 * NISS, then by the school's pupil number, then by name, first name and birth date; a line that
 * only looks like a known pupil (same name and birth date, another NISS or number) is a new pupil
 * with a warning, never merged. Problems that make the file wrong (the same pupil twice, a NISS of
 * another school of the organising body, an ambiguous name) refuse it with their line and column.
 */
final class PupilDiff {

    /** What the comparison reads; {@code implantations}: name key → id. */
    record Before(Map<String, KnownLearner> learners, Map<Long, PupilStore.Stored> pupils, Map<Long, PupilStore.Year> years,
                  Map<String, Long> implantations, Set<String> nissElsewhere, long schoolYearId, LocalDate today) {
    }

    private final Before before;
    private final Map<String, Long> byNiss = new HashMap<>();
    private final Map<String, Long> byNumber = new HashMap<>();
    private final Map<String, List<Long>> byName = new HashMap<>();
    private final Map<Long, KnownLearner> byId = new HashMap<>();
    private final List<PupilFileRefusedException.Problem> problems = new ArrayList<>();
    private final List<PupilFileRefusedException.Problem> warnings = new ArrayList<>();

    private PupilDiff(Before before) {
        this.before = before;
        for (KnownLearner k : before.learners().values()) {
            byId.put(k.learnerId(), k);
            byName.computeIfAbsent(nameKey(k.nom(), k.prenom(), k.dateNaissance()), x -> new ArrayList<>()).add(k.learnerId());
        }
        for (PupilStore.Stored s : before.pupils().values()) {
            if (s.niss() != null) byNiss.put(s.niss(), s.learnerId());
            if (s.numero() != null) byNumber.put(PupilCsv.nameKey(s.numero()), s.learnerId());
        }
    }

    /** The plan for a whole list: the school's active pupils absent from it leave. */
    static PupilPlan ofList(List<PupilCsv.Line> lines, Before before) {
        PupilDiff diff = new PupilDiff(before);
        List<PupilPlan.Planned> planned = diff.match(lines, null);
        Set<Long> seen = new HashSet<>();
        planned.forEach(p -> {
            if (p.learnerId() != null) seen.add(p.learnerId());
        });
        List<KnownLearner> absent = before.learners().values().stream()
                .filter(k -> k.enrolledIn(before.schoolYearId()) && k.active() && !seen.contains(k.learnerId()))
                .sorted(java.util.Comparator.comparing(KnownLearner::displayName)).toList();
        return new PupilPlan(planned, absent, List.copyOf(diff.warnings));
    }

    /** The plan for one pupil typed in a form ({@code learnerId} null: a new pupil). */
    static PupilPlan ofOne(PupilInput input, Long learnerId, Before before) {
        PupilDiff diff = new PupilDiff(before);
        return new PupilPlan(diff.match(List.of(new PupilCsv.Line(0, input)), learnerId), List.of(), List.copyOf(diff.warnings));
    }

    private List<PupilPlan.Planned> match(List<PupilCsv.Line> lines, Long forced) {
        Map<Long, Long> lineOfLearner = new HashMap<>();
        Map<String, Long> lineOfNiss = new HashMap<>();
        Map<String, Long> lineOfNumber = new HashMap<>();
        Map<String, Long> lineOfName = new HashMap<>();
        Set<String> newImplantations = new HashSet<>();
        List<PupilPlan.Planned> planned = new ArrayList<>(lines.size());
        for (PupilCsv.Line line : lines) {
            PupilInput in = line.pupil();
            if (in.niss() != null && before.nissElsewhere().contains(in.niss())) {
                problem(line, "niss", "pupil.error.niss.elsewhere", Niss.formatted(in.niss()));
                continue;
            }
            if (in.niss() != null && lineOfNiss.putIfAbsent(in.niss(), line.number()) != null) {
                problem(line, "niss", "pupil.csv.error.sameNiss", lineOfNiss.get(in.niss()));
                continue;
            }
            if (in.numero() != null && lineOfNumber.putIfAbsent(PupilCsv.nameKey(in.numero()), line.number()) != null) {
                problem(line, "numero", "pupil.csv.error.sameNumber", lineOfNumber.get(PupilCsv.nameKey(in.numero())));
                continue;
            }
            Long id = forced != null ? forced : find(line);
            if (id != null && id == -1L) continue;
            if (id != null && lineOfLearner.putIfAbsent(id, line.number()) != null) {
                problem(line, "nom", "pupil.csv.error.samePupil", lineOfLearner.get(id));
                continue;
            }
            String name = nameKey(in.nom(), in.prenom(), in.dateNaissance());
            Long other = lineOfName.putIfAbsent(name, line.number());
            if (other != null && id == null) {
                warnings.add(new PupilFileRefusedException.Problem(location(line, "nom"), Texts.get("pupil.warning.sameNameInFile", other)));
            }
            String implantation = PupilCsv.nameKey(in.implantation());
            if (line.number() > 0 && !before.implantations().containsKey(implantation) && newImplantations.add(implantation)) {
                warnings.add(new PupilFileRefusedException.Problem(location(line, "implantation"),
                        Texts.get("pupil.warning.newImplantation", in.implantation())));
            }
            planned.add(plan(line, id));
        }
        if (!problems.isEmpty()) throw new PupilFileRefusedException(problems.subList(0, Math.min(problems.size(), PupilCsv.MAX_PROBLEMS)));
        return planned;
    }

    /** The known learner's id, null for a new pupil, -1 when the line was refused. */
    private Long find(PupilCsv.Line line) {
        PupilInput in = line.pupil();
        if (in.niss() != null && byNiss.containsKey(in.niss())) return byNiss.get(in.niss());
        if (in.numero() != null) {
            Long id = byNumber.get(PupilCsv.nameKey(in.numero()));
            if (id != null) {
                PupilStore.Stored s = before.pupils().get(id);
                if (s.niss() != null && in.niss() != null) {
                    problem(line, "numero", "pupil.csv.error.numberOfAnother", in.numero(), byId.get(id).displayName());
                    return -1L;
                }
                return id;
            }
        }
        List<Long> same = byName.getOrDefault(nameKey(in.nom(), in.prenom(), in.dateNaissance()), List.of());
        if (same.size() > 1) {
            problem(line, "nom", "pupil.csv.error.ambiguous", same.size());
            return -1L;
        }
        if (same.isEmpty()) return null;
        long id = same.getFirst();
        PupilStore.Stored s = before.pupils().get(id);
        boolean otherNiss = s != null && s.niss() != null && in.niss() != null;
        boolean otherNumber = s != null && s.numero() != null && in.numero() != null;
        if (otherNiss || otherNumber) {
            warnings.add(new PupilFileRefusedException.Problem(location(line, otherNiss ? "niss" : "numero"),
                    Texts.get("pupil.warning.possibleDuplicate", byId.get(id).displayName())));
            return null;
        }
        return id;
    }

    private PupilPlan.Planned plan(PupilCsv.Line line, Long id) {
        PupilInput in = line.pupil();
        boolean active = in.sortie() == null || in.sortie().isAfter(before.today());
        Long implantation = before.implantations().get(PupilCsv.nameKey(in.implantation()));
        if (id == null) {
            String key = "BE:" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
            PupilStore.Stored pupil = new PupilStore.Stored(0, in.niss(), in.numero(), in.lieuNaissance(), in.nationalite());
            PupilStore.Year year = new PupilStore.Year(0, implantation == null ? 0 : implantation, in.level(), in.motif(), in.ceb());
            return new PupilPlan.Planned(line.number(), null, key, in, PupilPlan.Kind.ARRIVAL, List.of(), null, true, true, active,
                    !active, false, pupil, year);
        }
        KnownLearner k = byId.get(id);
        List<String> changes = new ArrayList<>();
        String sexe = in.sexe() != null ? in.sexe() : k.sexe();
        boolean identity = change(changes, "nom", k.nom(), in.nom()) | change(changes, "prenom", k.prenom(), in.prenom())
                | change(changes, "sexe", k.sexe(), sexe) | change(changes, "naissance", k.dateNaissance(), in.dateNaissance());
        boolean enrolled = k.enrolledIn(before.schoolYearId());
        LocalDate entree = in.entree() != null ? in.entree() : enrolled ? k.entryDate() : null;
        boolean enrolment = !enrolled | change(changes, "classe", enrolled ? k.division() : null, in.classe())
                | change(changes, "entree", enrolled ? k.entryDate() : null, entree)
                | change(changes, "sortie", enrolled ? k.exitDate() : null, in.sortie())
                | (enrolled && k.active() != active);
        PupilStore.Stored s = before.pupils().get(id);
        PupilStore.Stored pupil = new PupilStore.Stored(id, keep(in.niss(), s, PupilStore.Stored::niss), keep(in.numero(), s, PupilStore.Stored::numero),
                keep(in.lieuNaissance(), s, PupilStore.Stored::lieu), keep(in.nationalite(), s, PupilStore.Stored::nationalite));
        if (s != null) {
            change(changes, "niss", s.niss(), pupil.niss());
            change(changes, "numero", s.numero(), pupil.numero());
            change(changes, "lieu", s.lieu(), pupil.lieu());
            change(changes, "nationalite", s.nationalite(), pupil.nationalite());
        }
        boolean pupilRow = !pupil.equals(s);
        PupilStore.Year y = before.years().get(id);
        Ceb ceb = in.ceb() != null ? in.ceb() : y != null && in.level() == SchoolLevel.P6 ? y.ceb() : null;
        PupilStore.Year year = new PupilStore.Year(id, implantation == null ? 0 : implantation, in.level(), in.motif(), ceb);
        if (y != null) {
            change(changes, "niveau", y.level(), year.level());
            if (y.implantationId() != year.implantationId()) changes.add(Texts.get("pupil.change.implantation", in.implantation()));
            change(changes, "motif", y.motif() == null ? null : Texts.get(y.motif().translationKey()),
                    year.motif() == null ? null : Texts.get(year.motif().translationKey()));
            change(changes, "ceb", y.ceb() == null ? null : Texts.get(y.ceb().translationKey()),
                    year.ceb() == null ? null : Texts.get(year.ceb().translationKey()));
        }
        boolean yearRow = !year.equals(y);
        boolean wasActive = enrolled ? k.active() : k.active() && k.enrolmentStartYear() > 0;
        boolean leaving = wasActive && !active && enrolment;
        boolean returning = !k.active() && active && enrolment;
        if (!enrolled) changes.add(Texts.get("pupil.change.enrolled"));
        PupilPlan.Kind kind = identity || enrolment || pupilRow || yearRow ? PupilPlan.Kind.CHANGE : PupilPlan.Kind.UNCHANGED;
        return new PupilPlan.Planned(line.number(), id, k.siecleKey(), in, kind, List.copyOf(changes), k, identity, enrolment, active,
                leaving, returning, pupilRow ? pupil : null, yearRow ? year : null);
    }

    private static String keep(String given, PupilStore.Stored s, java.util.function.Function<PupilStore.Stored, String> stored) {
        return given != null ? given : s == null ? null : stored.apply(s);
    }

    private static boolean change(List<String> changes, String field, Object before, Object after) {
        if (Objects.equals(before, after)) return false;
        changes.add(Texts.get("pupil.change", Texts.get("pupil.csv.column." + field), show(before), show(after)));
        return true;
    }

    private static String show(Object value) {
        if (value == null) return "—";
        if (value instanceof LocalDate d) return d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu"));
        return value.toString();
    }

    private void problem(PupilCsv.Line line, String column, String key, Object... args) {
        problems.add(new PupilFileRefusedException.Problem(location(line, column), Texts.get(key, args)));
    }

    private static String location(PupilCsv.Line line, String column) {
        return line.number() == 0 ? null : Texts.get("pupil.csv.location", line.number(), Texts.get("pupil.csv.column." + column));
    }

    static String nameKey(String nom, String prenom, LocalDate birth) {
        return PupilCsv.nameKey(nom) + "|" + PupilCsv.nameKey(prenom) + "|" + birth;
    }
}
