package org.preau.pupil;

import org.preau.base.Texts;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeDirection;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangePayload;
import org.preau.exchange.ExchangeRecord;
import org.preau.exchange.ExchangeStatus;
import org.preau.learner.KnownLearner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pupil CSV of a Belgian school, into the year the user works in. The same rules as the SIECLE
 * import: a preview that writes nothing (but the trace of a refusal), a confirmation that reads and
 * compares again and writes in one transaction, leavers deactivated and never deleted, the exchange
 * history with the original file. A closed year stays importable, like the Miroir pupil data: the
 * June CEB results are typed after the switchover, while positioned on the year that ended.
 */
@Service
public class PupilImport {

    private static final Logger log = LoggerFactory.getLogger(PupilImport.class);
    static final int HISTORY_LINES = 300;

    private final PupilWriter writer;
    private final SchoolSystemGate gate;
    private final SchoolYearService years;
    private final ExchangeLog exchanges;
    private final Clock clock;

    PupilImport(PupilWriter writer, SchoolSystemGate gate, SchoolYearService years, ExchangeLog exchanges, Clock clock) {
        this.writer = writer;
        this.gate = gate;
        this.years = years;
        this.exchanges = exchanges;
        this.clock = clock;
    }

    public int maxBytes() {
        return PupilCsv.MAX_BYTES;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'IMPORT_API')")
    public PupilImportPreview preview(String fileName, byte[] content) {
        return run(fileName, content, false, null);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'IMPORT_API')")
    public PupilImportPreview confirm(String fileName, byte[] content) {
        return run(fileName, content, true, null);
    }

    /** The same into a given year of the establishment (the API names the year). */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'IMPORT_API')")
    public PupilImportPreview run(long schoolYearId, String fileName, byte[] content, boolean write) {
        return run(fileName, content, write, schoolYearId);
    }

    private PupilImportPreview run(String fileName, byte[] content, boolean write, Long schoolYearId) {
        gate.requireBelgian();
        Instant startedAt = clock.instant();
        SchoolYearView year = schoolYearId == null ? years.requireCurrent() : years.require(schoolYearId);
        long t0 = System.nanoTime();
        PupilPlan plan;
        try {
            List<PupilCsv.Line> lines = PupilCsv.read(content);
            plan = PupilDiff.ofList(lines, writer.before(year.id(), LocalDate.now(clock.withZone(gate.zone()))));
        } catch (PupilFileRefusedException e) {
            refused(fileName, content, year, e, startedAt);
            throw e;
        }
        long t1 = System.nanoTime();
        if (write) writer.write(year.id(), plan);
        PupilImportPreview preview = preview(fileName, year, plan, write, null);
        if (write) {
            long exchangeId = record(fileName, content, year, preview, startedAt);
            preview = preview(fileName, year, plan, true, exchangeId);
        }
        log.info("Pupil CSV {} of {} lines {} in {} ms (read and compared in {} ms)", fileName, preview.lines(),
                write ? "written" : "previewed", (System.nanoTime() - t0) / 1_000_000, (t1 - t0) / 1_000_000);
        return preview;
    }

    private static PupilImportPreview preview(String fileName, SchoolYearView year, PupilPlan plan, boolean written, Long exchangeId) {
        List<PupilImportPreview.Line> arrivals = new ArrayList<>();
        List<PupilImportPreview.Line> leavers = new ArrayList<>();
        List<PupilImportPreview.Line> changes = new ArrayList<>();
        Map<String, Integer> perClass = new TreeMap<>();
        for (PupilPlan.Planned p : plan.planned()) {
            String name = p.input().displayName();
            String where = p.input().level().name() + (p.input().classe() == null ? "" : " · " + p.input().classe()) + " · " + p.input().implantation();
            if (p.kind() == PupilPlan.Kind.ARRIVAL) arrivals.add(new PupilImportPreview.Line(p.line(), name, where));
            if (p.leaving() || p.kind() == PupilPlan.Kind.ARRIVAL && !p.active()) {
                leavers.add(new PupilImportPreview.Line(p.line(), name, Texts.get("pupil.preview.leavesOn",
                        p.input().sortie().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")))));
            }
            if (p.kind() == PupilPlan.Kind.CHANGE) changes.add(new PupilImportPreview.Line(p.line(), name, String.join(" ; ", p.changes())));
            if (p.active()) perClass.merge(p.input().classe() == null ? p.input().level().name() : p.input().classe(), 1, Integer::sum);
        }
        for (KnownLearner k : plan.absentLeavers()) {
            leavers.add(new PupilImportPreview.Line(0, k.displayName(), Texts.get("pupil.preview.absent")));
        }
        return new PupilImportPreview(fileName, year.label(), plan.planned().size(), arrivals, leavers, changes,
                (int) plan.count(PupilPlan.Kind.UNCHANGED), plan.warnings(), perClass, written, exchangeId);
    }

    private long record(String fileName, byte[] content, SchoolYearView year, PupilImportPreview p, Instant startedAt) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(Texts.get("pupil.count.lines"), p.lines());
        counts.put(Texts.get("pupil.count.arrivals"), p.arrivals().size());
        counts.put(Texts.get("pupil.count.leavers"), p.leavers().size());
        counts.put(Texts.get("pupil.count.changes"), p.changes().size());
        counts.put(Texts.get("pupil.count.unchanged"), p.unchanged());
        List<ExchangeMessage> messages = new ArrayList<>();
        p.warnings().forEach(w -> messages.add(ExchangeMessage.warning(w.text(), w.location())));
        p.arrivals().stream().limit(HISTORY_LINES).forEach(l -> messages.add(ExchangeMessage.info(Texts.get("pupil.history.arrival", l.line(), l.name(), l.detail()))));
        p.leavers().stream().limit(HISTORY_LINES).forEach(l -> messages.add(ExchangeMessage.info(Texts.get("pupil.history.leaver", l.name(), l.detail()))));
        p.changes().stream().limit(HISTORY_LINES).forEach(l -> messages.add(ExchangeMessage.info(Texts.get("pupil.history.change", l.line(), l.name(), l.detail()))));
        return exchanges.record(new ExchangeRecord(ExchangeKind.PUPIL_CSV, ExchangeDirection.IN, year.id(), ExchangeStatus.SUCCESS,
                Texts.get("pupil.summary.imported", year.label(), p.arrivals().size(), p.leavers().size(), p.changes().size()), counts, messages,
                new ExchangePayload(fileName, "text/csv", content), startedAt));
    }

    private void refused(String fileName, byte[] content, SchoolYearView year, PupilFileRefusedException e, Instant startedAt) {
        exchanges.record(new ExchangeRecord(ExchangeKind.PUPIL_CSV, ExchangeDirection.IN, year.id(), ExchangeStatus.FAILURE,
                Texts.get("pupil.summary.refused", fileName == null ? "" : fileName), Map.of(),
                e.problems().stream().map(p -> ExchangeMessage.error(p.text(), p.location())).toList(),
                content == null || content.length > PupilCsv.MAX_BYTES ? null : new ExchangePayload(fileName, "text/csv", content), startedAt));
    }
}
