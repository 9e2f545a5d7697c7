package org.preau.miroir;

import org.preau.base.Texts;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeDirection;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangePayload;
import org.preau.exchange.ExchangeRecord;
import org.preau.exchange.ExchangeStatus;
import org.preau.security.CurrentUser;
import org.preau.staff.StaffDirectory;
import org.preau.staff.StaffListItem;
import org.preau.staff.StaffQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The capital-périodes of the year the user works in, from the CSV the director saves (the
 * format is documented in {@code docs/miroir.md}): a preview first, then the whole file replaces
 * the year's capital on confirmation, in one transaction. A file is refused as a whole on one bad
 * value; every import, accepted or refused, is in the exchange history with its file.
 */
@Service
public class CapitalPeriodesImport {

    static final List<String> REQUIRED = List.of("fase", "annee_scolaire", "implantation", "niveau", "nature", "periodes");
    static final List<String> OPTIONAL = List.of("enseignant_nom", "enseignant_prenom");
    static final Set<String> LEVELS = Set.of("M", "P", "M1", "M2", "M3", "P1", "P2", "P3", "P4", "P5", "P6");
    static final int MAX_PERIODS = 999;

    private final CapitalStore store;
    private final ModuleSettings modules;
    private final SchoolYearService years;
    private final EtablissementService establishments;
    private final StaffDirectory staff;
    private final ExchangeLog exchanges;
    private final CurrentUser currentUser;
    private final Clock clock;

    CapitalPeriodesImport(CapitalStore store, ModuleSettings modules, SchoolYearService years, EtablissementService establishments,
                          StaffDirectory staff, ExchangeLog exchanges, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.modules = modules;
        this.years = years;
        this.establishments = establishments;
        this.staff = staff;
        this.exchanges = exchanges;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Reads the file and compares it with the stored capital; writes nothing but a refusal's history row. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public CapitalPreview preview(String fileName, byte[] content) {
        modules.requireEnabled(PreauModule.MIROIR);
        Instant startedAt = clock.instant();
        SchoolYearView year = years.requireCurrent();
        try {
            return compare(fileName, parse(content, year), year);
        } catch (MiroirFileRefusedException e) {
            refused(fileName, content, year, e, startedAt);
            throw e;
        }
    }

    /** Reads and compares again, then replaces the year's capital by the file's lines (nothing when unchanged). */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public CapitalPreview confirm(String fileName, byte[] content) {
        modules.requireEnabled(PreauModule.MIROIR);
        Instant startedAt = clock.instant();
        SchoolYearView year = years.requireCurrent();
        CapitalPreview preview;
        try {
            preview = compare(fileName, parse(content, year), year);
        } catch (MiroirFileRefusedException e) {
            refused(fileName, content, year, e, startedAt);
            throw e;
        }
        long establishmentId = currentUser.establishmentId();
        if (!preview.unchanged()) store.replace(establishmentId, year.id(), preview.lines());
        Map<String, Integer> counts = counts(preview);
        String summary = preview.unchanged()
                ? Texts.get("miroir.capital.summary.unchanged", year.label())
                : Texts.get("miroir.capital.summary.imported", year.label(), preview.periodsAllotted(), preview.periodsAttributed());
        exchanges.record(new ExchangeRecord(ExchangeKind.CAPITAL_PERIODES, ExchangeDirection.IN, year.id(), ExchangeStatus.SUCCESS,
                summary, counts, List.of(), payload(fileName, content), startedAt));
        return preview;
    }

    /** The stored capital of a year of the current establishment, in file order. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public List<CapitalLine> lines(long schoolYearId) {
        years.require(schoolYearId);
        return store.lines(currentUser.establishmentId(), schoolYearId);
    }

    private CapitalPreview compare(String fileName, List<CapitalLine> lines, SchoolYearView year) {
        List<CapitalLine> stored = store.lines(currentUser.establishmentId(), year.id());
        Map<String, Integer> before = multiset(stored);
        Map<String, Integer> after = multiset(lines);
        int added = 0;
        int removed = 0;
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            int difference = after.getOrDefault(key, 0) - before.getOrDefault(key, 0);
            if (difference > 0) added += difference;
            else removed -= difference;
        }
        int allotmentLines = (int) lines.stream().filter(l -> !l.attribution()).count();
        return new CapitalPreview(fileName, year.label(), lines, allotmentLines, lines.size() - allotmentLines,
                lines.stream().filter(l -> !l.attribution()).mapToInt(CapitalLine::periods).sum(),
                lines.stream().filter(CapitalLine::attribution).mapToInt(CapitalLine::periods).sum(), added, removed);
    }

    private static Map<String, Integer> multiset(List<CapitalLine> lines) {
        return lines.stream().collect(Collectors.toMap(CapitalLine::key, l -> 1, Integer::sum));
    }

    private List<CapitalLine> parse(byte[] content, SchoolYearView year) {
        if (!year.isOpen()) throw new MiroirFileRefusedException(null, "miroir.capital.error.closedYear", year.label());
        String fase = establishments.currentSummary().map(EtablissementSummary::code).orElse("");
        Map<String, List<StaffListItem>> teachers = new HashMap<>();
        for (StaffListItem t : staff.list(new StaffQuery(null, "ENS", StaffQuery.Status.IN_FUNCTION, year.id()), 0, 10_000)) {
            teachers.computeIfAbsent(MiroirCsv.nameKey(t.nomUsage() + " " + t.prenom()), k -> new ArrayList<>()).add(t);
        }
        List<CapitalLine> lines = new ArrayList<>();
        Set<String> allotments = new HashSet<>();
        for (MiroirCsv.Line line : MiroirCsv.read(content, REQUIRED, OPTIONAL)) {
            String lineFase = MiroirCsv.required(line, "fase");
            if (!lineFase.equals(fase)) throw new MiroirFileRefusedException(line.location("fase"), "miroir.csv.error.fase", lineFase, fase);
            String lineYear = MiroirCsv.required(line, "annee_scolaire");
            if (!lineYear.equals(year.label())) {
                throw new MiroirFileRefusedException(line.location("annee_scolaire"), "miroir.csv.error.year", lineYear, year.label());
            }
            String implantation = MiroirCsv.required(line, "implantation");
            if (implantation.length() > 100) throw new MiroirFileRefusedException(line.location("implantation"), "miroir.csv.error.tooLong", 100);
            String level = MiroirCsv.required(line, "niveau").toUpperCase(java.util.Locale.ROOT);
            if (!LEVELS.contains(level)) throw new MiroirFileRefusedException(line.location("niveau"), "miroir.capital.error.level", level);
            String natureText = MiroirCsv.required(line, "nature");
            PeriodNature nature = PeriodNature.parse(natureText)
                    .orElseThrow(() -> new MiroirFileRefusedException(line.location("nature"), "miroir.capital.error.nature", natureText));
            String periodsText = MiroirCsv.required(line, "periodes");
            int periods;
            try {
                periods = Integer.parseInt(periodsText);
            } catch (NumberFormatException e) {
                throw new MiroirFileRefusedException(line.location("periodes"), "miroir.capital.error.periods", periodsText, MAX_PERIODS);
            }
            if (periods < 0 || periods > MAX_PERIODS) {
                throw new MiroirFileRefusedException(line.location("periodes"), "miroir.capital.error.periods", periodsText, MAX_PERIODS);
            }
            String last = line.get("enseignant_nom");
            String first = line.get("enseignant_prenom");
            if ((last == null) != (first == null)) {
                throw new MiroirFileRefusedException(line.location(last == null ? "enseignant_nom" : "enseignant_prenom"),
                        "miroir.capital.error.teacherHalf");
            }
            Long staffId = null;
            String teacherName = null;
            if (last != null) {
                teacherName = last + " " + first;
                List<StaffListItem> found = teachers.getOrDefault(MiroirCsv.nameKey(teacherName), List.of());
                if (found.isEmpty()) {
                    throw new MiroirFileRefusedException(line.location("enseignant_nom"), "miroir.capital.error.teacherUnknown", teacherName, year.label());
                }
                if (found.size() > 1) {
                    throw new MiroirFileRefusedException(line.location("enseignant_nom"), "miroir.capital.error.teacherAmbiguous", teacherName);
                }
                staffId = found.getFirst().id();
            } else if (!allotments.add(MiroirCsv.nameKey(implantation) + "|" + level + "|" + nature)) {
                throw new MiroirFileRefusedException(line.location("nature"), "miroir.capital.error.duplicate", implantation, level, nature.name());
            }
            lines.add(new CapitalLine((int) line.number(), implantation, level, nature, periods, staffId, teacherName));
        }
        return lines;
    }

    private void refused(String fileName, byte[] content, SchoolYearView year, MiroirFileRefusedException e, Instant startedAt) {
        exchanges.record(new ExchangeRecord(ExchangeKind.CAPITAL_PERIODES, ExchangeDirection.IN, year.id(), ExchangeStatus.FAILURE,
                Texts.get("miroir.capital.summary.refused", fileName), Map.of(),
                List.of(ExchangeMessage.error(e.getMessage(), e.location())), payload(fileName, content), startedAt));
    }

    private static ExchangePayload payload(String fileName, byte[] content) {
        return content == null || content.length > MiroirCsv.MAX_BYTES ? null : new ExchangePayload(fileName, "text/csv", content);
    }

    private static Map<String, Integer> counts(CapitalPreview preview) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(Texts.get("miroir.capital.count.allotments"), preview.allotmentLines());
        counts.put(Texts.get("miroir.capital.count.attributions"), preview.attributionLines());
        counts.put(Texts.get("miroir.capital.count.allotted"), preview.periodsAllotted());
        counts.put(Texts.get("miroir.capital.count.attributed"), preview.periodsAttributed());
        counts.put(Texts.get("miroir.capital.count.added"), preview.added());
        counts.put(Texts.get("miroir.capital.count.removed"), preview.removed());
        return counts;
    }
}
