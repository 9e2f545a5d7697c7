package org.preau.miroir;

import org.preau.pupil.Ceb;
import org.preau.base.Texts;
import org.preau.establishment.EtablissementClock;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.KnownLearner;
import org.preau.learner.LearnerRoster;
import org.preau.security.CurrentUser;
import org.preau.staff.StaffDirectory;
import org.preau.staff.StaffListItem;
import org.preau.staff.StaffQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes the Miroir indicators of the current school for the year the user works in, from the
 * capital-périodes, the staff records and the pupil records, each with the source rows it comes
 * from. Which indicators depends on the use ({@link MiroirUse}): the CEB results for the year
 * that ended, the capital-périodes for the year under way; the pupils per level and implantation
 * in both.
 */
@Service
public class MiroirIndicators {

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal ZERO = BigDecimal.ZERO;

    private final MiroirPupilStore pupils;
    private final CapitalStore capital;
    private final ModuleSettings modules;
    private final SchoolYearService years;
    private final EtablissementService establishments;
    private final LearnerRoster roster;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final EtablissementClock establishmentClock;

    MiroirIndicators(MiroirPupilStore pupils, CapitalStore capital, ModuleSettings modules, SchoolYearService years,
                     EtablissementService establishments, LearnerRoster roster, StaffDirectory staff, CurrentUser currentUser, Clock clock,
                     EtablissementClock establishmentClock) {
        this.pupils = pupils;
        this.capital = capital;
        this.modules = modules;
        this.years = years;
        this.establishments = establishments;
        this.roster = roster;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
        this.establishmentClock = establishmentClock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public MiroirReport compute() {
        modules.requireEnabled(PreauModule.MIROIR);
        SchoolYearView year = years.requireCurrent();
        long establishmentId = currentUser.establishmentId();
        String fase = establishments.currentSummary().map(EtablissementSummary::code).orElse("");
        MiroirUse use = MiroirUse.of(year.startYear(), establishmentClock.today());
        List<Indicator> indicators = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        List<KnownLearner> enrolled = roster.snapshot(year.id()).values().stream()
                .filter(l -> l.enrolledIn(year.id()) && l.active())
                .sorted(Comparator.comparing(KnownLearner::displayName).thenComparingLong(KnownLearner::learnerId)).toList();
        Map<Long, PupilData> data = pupils.ofYear(establishmentId, year.id());
        List<Pupil> counted = new ArrayList<>();
        for (KnownLearner l : enrolled) {
            PupilData d = data.get(l.learnerId());
            if (d == null) warnings.add(Texts.get("miroir.warning.noLevel", l.displayName()));
            else counted.add(new Pupil(l, d));
        }
        pupilIndicators(counted, indicators);
        if (use == MiroirUse.CEB_RESULTS) cebIndicators(counted, indicators, warnings);

        boolean capitalPresent = capital.exists(establishmentId, year.id());
        List<MiroirReport.SubmittedStaff> submittedStaff = new ArrayList<>();
        if (use == MiroirUse.CAPITAL_PERIODES) {
            if (!capitalPresent) warnings.add(Texts.get("miroir.warning.noCapital", year.label()));
            List<CapitalLine> lines = capital.lines(establishmentId, year.id());
            List<StaffListItem> teachers = staff.list(new StaffQuery(null, "ENS", StaffQuery.Status.IN_FUNCTION, year.id()), 0, 10_000);
            capitalIndicators(lines, teachers, indicators, warnings, submittedStaff);
        }
        List<MiroirReport.SubmittedPupil> submittedPupils = counted.stream().map(p -> new MiroirReport.SubmittedPupil(
                reference(p.learner()), name(p.learner()), p.learner().prenom(),
                p.learner().dateNaissance() == null ? null : p.learner().dateNaissance().toString(), p.data().level().name(),
                p.data().implantation())).toList();
        return new MiroirReport(fase, year, use, capitalPresent, clock.instant(), indicators, warnings, submittedStaff, submittedPupils);
    }

    private record Pupil(KnownLearner learner, PupilData data) {
    }

    private void pupilIndicators(List<Pupil> counted, List<Indicator> indicators) {
        List<String> columns = List.of(Texts.get("miroir.column.name"), Texts.get("miroir.column.firstName"),
                Texts.get("miroir.column.level"), Texts.get("miroir.column.implantation"));
        indicators.add(Indicator.of("ELEVES", Texts.get("miroir.indicator.ELEVES"), Texts.get("miroir.unit.pupils"),
                Indicator.Aggregation.SUM, columns, counted.stream().map(p -> pupilRow(p, ONE)).toList()));
        Map<String, Map<Level, List<Pupil>>> grouped = new TreeMap<>();
        for (Pupil p : counted) {
            grouped.computeIfAbsent(p.data().implantation(), k -> new java.util.EnumMap<>(Level.class))
                    .computeIfAbsent(p.data().level(), k -> new ArrayList<>()).add(p);
        }
        grouped.forEach((implantation, byLevel) -> byLevel.forEach((level, group) -> indicators.add(Indicator.of(
                "ELEVES." + level.name() + "." + slug(implantation),
                Texts.get("miroir.indicator.ELEVES_NIVEAU", Texts.get(level.translationKey()), implantation),
                Texts.get("miroir.unit.pupils"), Indicator.Aggregation.SUM, columns,
                group.stream().map(p -> pupilRow(p, ONE)).toList()))));
    }

    private void cebIndicators(List<Pupil> counted, List<Indicator> indicators, List<String> warnings) {
        List<Pupil> p6 = counted.stream().filter(p -> p.data().level() == Level.P6).toList();
        List<String> columns = List.of(Texts.get("miroir.column.name"), Texts.get("miroir.column.firstName"),
                Texts.get("miroir.column.implantation"), Texts.get("miroir.column.ceb"));
        for (Pupil p : p6) {
            if (p.data().ceb() == null) warnings.add(Texts.get("miroir.warning.noCeb", p.learner().displayName()));
        }
        String unit = Texts.get("miroir.unit.pupils");
        indicators.add(Indicator.of("CEB_CANDIDATS", Texts.get("miroir.indicator.CEB_CANDIDATS"), unit, Indicator.Aggregation.SUM,
                columns, p6.stream().map(p -> cebRow(p, ONE)).toList()));
        List<Pupil> presented = p6.stream().filter(p -> p.data().ceb() != null && p.data().ceb().presented()).toList();
        indicators.add(Indicator.of("CEB_PRESENTES", Texts.get("miroir.indicator.CEB_PRESENTES"), unit, Indicator.Aggregation.SUM,
                columns, presented.stream().map(p -> cebRow(p, ONE)).toList()));
        indicators.add(Indicator.of("CEB_REUSSITES", Texts.get("miroir.indicator.CEB_REUSSITES"), unit, Indicator.Aggregation.SUM,
                columns, presented.stream().filter(p -> p.data().ceb() == Ceb.REUSSI).map(p -> cebRow(p, ONE)).toList()));
        indicators.add(Indicator.of("CEB_TAUX_REUSSITE", Texts.get("miroir.indicator.CEB_TAUX_REUSSITE"), "%", Indicator.Aggregation.RATE,
                columns, presented.stream().map(p -> cebRow(p, p.data().ceb() == Ceb.REUSSI ? ONE : ZERO)).toList()));
    }

    private void capitalIndicators(List<CapitalLine> lines, List<StaffListItem> teachers, List<Indicator> indicators,
                                   List<String> warnings, List<MiroirReport.SubmittedStaff> submitted) {
        Map<Long, Integer> periodsOf = new HashMap<>();
        for (CapitalLine l : lines) if (l.attribution()) periodsOf.merge(l.staffId(), l.periods(), Integer::sum);
        Map<Long, StaffListItem> teacherById = new LinkedHashMap<>();
        teachers.stream().sorted(Comparator.comparing((StaffListItem t) -> t.nomUsage() + " " + t.prenom()).thenComparingLong(StaffListItem::id))
                .forEach(t -> teacherById.put(t.id(), t));
        List<IndicatorDetail> teacherRows = new ArrayList<>();
        for (StaffListItem t : teacherById.values()) {
            int periods = periodsOf.getOrDefault(t.id(), 0);
            if (periods == 0) warnings.add(Texts.get("miroir.warning.teacherWithoutPeriods", t.nomUsage() + " " + t.prenom()));
            teacherRows.add(new IndicatorDetail(Texts.get("miroir.source.staff"), String.valueOf(t.id()),
                    List.of(t.nomUsage(), t.prenom(), String.valueOf(periods)), ONE));
            submitted.add(new MiroirReport.SubmittedStaff(String.valueOf(t.id()), t.nomUsage(), t.prenom(), "ENS", periods));
        }
        for (CapitalLine l : lines) {
            if (l.attribution() && !teacherById.containsKey(l.staffId())) {
                warnings.add(Texts.get("miroir.warning.attributionToNonTeacher", l.lineNo(), l.teacherName()));
            }
        }
        indicators.add(Indicator.of("ENSEIGNANTS", Texts.get("miroir.indicator.ENSEIGNANTS"), Texts.get("miroir.unit.teachers"),
                Indicator.Aggregation.SUM, List.of(Texts.get("miroir.column.name"), Texts.get("miroir.column.firstName"),
                        Texts.get("miroir.column.periods")), teacherRows));
        List<String> columns = List.of(Texts.get("miroir.column.line"), Texts.get("miroir.column.teacher"),
                Texts.get("miroir.column.implantation"), Texts.get("miroir.column.level"), Texts.get("miroir.column.nature"),
                Texts.get("miroir.column.periods"));
        String unit = Texts.get("miroir.unit.periods");
        List<IndicatorDetail> allotted = lines.stream().filter(l -> !l.attribution()).map(l -> capitalRow(l, 1)).toList();
        List<IndicatorDetail> attributed = lines.stream().filter(CapitalLine::attribution).map(l -> capitalRow(l, 1)).toList();
        indicators.add(Indicator.of("CAPITAL_ALLOUE", Texts.get("miroir.indicator.CAPITAL_ALLOUE"), unit, Indicator.Aggregation.SUM,
                columns, allotted));
        indicators.add(Indicator.of("CAPITAL_UTILISE", Texts.get("miroir.indicator.CAPITAL_UTILISE"), unit, Indicator.Aggregation.SUM,
                columns, attributed));
        List<IndicatorDetail> balance = new ArrayList<>(allotted);
        lines.stream().filter(CapitalLine::attribution).map(l -> capitalRow(l, -1)).forEach(balance::add);
        indicators.add(Indicator.of("CAPITAL_SOLDE", Texts.get("miroir.indicator.CAPITAL_SOLDE"), unit, Indicator.Aggregation.SUM,
                columns, balance));
    }

    private static IndicatorDetail pupilRow(Pupil p, BigDecimal contribution) {
        return new IndicatorDetail(Texts.get("miroir.source.pupil"), String.valueOf(p.learner().learnerId()),
                List.of(name(p.learner()), p.learner().prenom(), p.data().level().name(), p.data().implantation()), contribution);
    }

    private static IndicatorDetail cebRow(Pupil p, BigDecimal contribution) {
        return new IndicatorDetail(Texts.get("miroir.source.pupil"), String.valueOf(p.learner().learnerId()),
                List.of(name(p.learner()), p.learner().prenom(), p.data().implantation(),
                        p.data().ceb() == null ? "" : Texts.get(p.data().ceb().translationKey())), contribution);
    }

    private static IndicatorDetail capitalRow(CapitalLine l, int sign) {
        return new IndicatorDetail(Texts.get("miroir.source.capital"), String.valueOf(l.lineNo()),
                List.of(String.valueOf(l.lineNo()), l.teacherName() == null ? "" : l.teacherName(), l.implantation(), l.level(),
                        l.nature().name(), String.valueOf(l.periods())), BigDecimal.valueOf((long) sign * l.periods()));
    }

    private static String name(KnownLearner l) {
        return l.nomUsage() != null && !l.nomUsage().isBlank() ? l.nomUsage() : l.nom();
    }

    private static String reference(KnownLearner l) {
        if (l.ine() != null && !l.ine().isBlank()) return l.ine();
        if (l.eleveId() != null && !l.eleveId().isBlank()) return l.eleveId();
        return "learner-" + l.learnerId();
    }

    /** "Implantation du Centre" → "IMPLANTATION_DU_CENTRE": a stable part of an indicator code. */
    static String slug(String implantation) {
        return MiroirCsv.normalise(implantation).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }
}
