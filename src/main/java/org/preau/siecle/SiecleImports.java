package org.preau.siecle;

import org.preau.base.Texts;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeDirection;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangePayload;
import org.preau.exchange.ExchangeRecord;
import org.preau.exchange.ExchangeStatus;
import org.preau.learner.LearnerRoster;
import org.preau.learner.Headcounts;
import org.preau.learner.MefCatalog;
import org.preau.staff.SubjectCatalog;
import org.preau.learner.MefView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.DoubleConsumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * SIECLE imports of the current establishment: the pupils' export (BEE) and the nomenclatures.
 * {@link #prepare} reads the upload and computes the preview without writing; {@link #confirm}
 * writes it in one transaction. Every refused file and every written import is recorded in the
 * exchange history with the original file.
 */
@Service
public class SiecleImports {

    private static final Logger log = LoggerFactory.getLogger(SiecleImports.class);
    /** Lines of arrivals, leavers and changes kept in the exchange history; the counts are always complete. */
    static final int HISTORY_LINES = 300;
    /** Above this, the original file is kept zipped in the history (an export shrinks about tenfold). */
    static final long PAYLOAD_RAW_MAX = 8L * 1024 * 1024;
    /** The database takes one payload of at most 16 MB: a larger zipped export is not kept. */
    static final long PAYLOAD_ZIPPED_MAX = 14L * 1024 * 1024;

    private final SchoolYearService schoolYears;
    private final EtablissementService establishments;
    private final LearnerRoster roster;
    private final MefCatalog mefCatalog;
    private final ExchangeLog exchangeLog;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final long maxBytes;
    private final SubjectCatalog subjects;
    private final Headcounts headcounts;

    SiecleImports(SchoolYearService schoolYears, EtablissementService establishments, LearnerRoster roster, MefCatalog mefCatalog,
                  ExchangeLog exchangeLog, PlatformTransactionManager transactionManager, Clock clock,
                  SubjectCatalog subjects, Headcounts headcounts,
                  @Value("${preau.import.max-bytes:" + XmlUpload.DEFAULT_MAX_BYTES + "}") long maxBytes) {
        this.schoolYears = schoolYears;
        this.establishments = establishments;
        this.roster = roster;
        this.mefCatalog = mefCatalog;
        this.exchangeLog = exchangeLog;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.subjects = subjects;
        this.headcounts = headcounts;
    }

    /** The largest upload accepted, in bytes (also the bound on a ZIP's unpacked entry). */
    public long maxBytes() {
        return maxBytes;
    }

    /** Reads an upload saved to a file (kept on disk; the caller deletes it afterwards) and previews it. */
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'IMPORT_API')")
    public PreparedImport prepare(ImportKind kind, long schoolYearId, String fileName, Path upload, DoubleConsumer progress) {
        return prepare(kind, schoolYearId, fileName, upload, null, progress);
    }

    /** Reads an upload held in memory and previews it. */
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'IMPORT_API')")
    public PreparedImport prepare(ImportKind kind, long schoolYearId, String fileName, byte[] content, DoubleConsumer progress) {
        return prepare(kind, schoolYearId, fileName, null, content, progress);
    }

    private PreparedImport prepare(ImportKind kind, long schoolYearId, String fileName, Path file, byte[] content, DoubleConsumer progress) {
        Instant startedAt = clock.instant();
        SchoolYearView year = schoolYears.require(schoolYearId);
        DoubleConsumer report = progress == null ? f -> { } : progress;
        try (XmlUpload upload = file != null ? XmlUpload.read(fileName, file, maxBytes)
                : XmlUpload.read(fileName, new ByteArrayInputStream(content), maxBytes)) {
            // A closed year stays readable but takes no import (as SCONET's previous base).
            if (year.state() == SchoolYearState.CLOTUREE) throw new ImportRefusedException(null, "siecle.error.closedYear", year.label());
            String uai = frenchUai();
            if (kind == ImportKind.SIECLE_BEE) {
                BeeFile bee = new BeeParser().parse(upload, uai, year.startYear(), f -> report.accept(0.8 * f));
                if (!bee.errors().isEmpty()) return refused(kind, year, fileName, file, content, startedAt, bee.year(), bee.exportDate(), bee.errors(), bee.warnings());
                // the digest is taken before the snapshot: a change in between makes the confirmation compare again
                String digest = roster.snapshotDigest(year.id());
                BeeDiff.Plan plan = BeeDiff.plan(bee, roster.snapshot(year.id()), year.id());
                report.accept(1.0);
                PreparedImport prepared = new PreparedImport(kind, year.id(), fileName, file, content, startedAt, bee, null,
                        beePreview(fileName, bee, plan, false));
                prepared.plan = plan;
                prepared.planDigest = digest;
                return prepared;
            }
            NomenclatureParser.Result result = new NomenclatureParser().parse(upload, uai, year.startYear());
            if (result.problems().hasErrors()) {
                return refused(kind, year, fileName, file, content, startedAt, result.year(), result.exportDate(),
                        result.problems().errors(), result.problems().warnings());
            }
            NomenclatureDiff.Plan plan = NomenclatureDiff.plan(result.mefs(), mefCatalog.all());
            report.accept(1.0);
            PreparedImport prepared = new PreparedImport(kind, year.id(), fileName, file, content, startedAt, null, result.mefs(),
                    nomenclaturePreview(fileName, result, plan, result.problems().warnings(), false));
            prepared.subjects = result.subjects();
            return prepared;
        } catch (ImportRefusedException e) {
            return refused(kind, year, fileName, file, content, startedAt, null, null,
                    List.of(ExchangeMessage.error(e.getMessage(), e.location())), List.of());
        }
    }

    /** Writes a prepared import in one transaction, comparing again with what the database holds now. */
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'IMPORT_API')")
    public ImportPreview confirm(PreparedImport prepared, DoubleConsumer progress) {
        if (!prepared.confirmable()) throw new IllegalStateException("This import was refused or is already written");
        SchoolYearView year = schoolYears.require(prepared.schoolYearId);
        if (year.state() == SchoolYearState.CLOTUREE) {
            throw new ImportRefusedException(null, "siecle.error.closedYear", year.label());
        }
        DoubleConsumer report = progress == null ? f -> { } : progress;
        long confirming = System.nanoTime();
        // the original is zipped on the other core while the transaction writes: it was a tenth of a large import's time
        FutureTask<ExchangePayload> payload = new FutureTask<>(() -> payload(prepared));
        Thread.ofVirtual().name("siecle-payload").start(payload);
        ImportPreview done;
        try {
            done = transaction.execute(status -> {
                if (prepared.kind == ImportKind.SIECLE_BEE) {
                    BeeFile bee = prepared.bee;
                    long t0 = System.nanoTime();
                    // nothing changed since the preview (same digest, read in this transaction): its comparison stands;
                    // otherwise compare again. The snapshot is not kept past the comparison: 100,000 learners must fit beside the file's
                    BeeDiff.Plan plan = prepared.plan != null && roster.snapshotDigest(year.id()).equals(prepared.planDigest)
                            ? prepared.plan : BeeDiff.plan(bee, roster.snapshot(year.id()), year.id());
                    report.accept(0.3);
                    long t1 = System.nanoTime();
                    Headcounts.Taken before = headcounts.take(year.id());
                    long t2 = System.nanoTime();
                    roster.apply(year.id(), plan.changes());
                    long t3 = System.nanoTime();
                    headcounts.record(year.id(), before);
                    log.debug("Import of {}: compared (or the preview's comparison kept) in {} ms, headcounts before in {} ms, written in {} ms, headcounts after in {} ms",
                            prepared.fileName, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                            (System.nanoTime() - t3) / 1_000_000);
                    return beePreview(prepared.fileName, bee, plan, true);
                }
                NomenclatureDiff.Plan plan = NomenclatureDiff.plan(prepared.mefs, mefCatalog.all());
                mefCatalog.save(plan.writes());
                subjects.save(prepared.subjects);
                return nomenclaturePreview(prepared.fileName, new NomenclatureParser.Result(
                        prepared.preview().fileYear(), prepared.preview().exportDate(), prepared.mefs, new Problems(), prepared.subjects), plan,
                        prepared.preview().warnings(), true);
            });
        } catch (RuntimeException e) {
            log.error("Import of {} could not be written", prepared.fileName, e);
            exchangeLog.record(new ExchangeRecord(prepared.kind.exchangeKind(), ExchangeDirection.IN, year.id(), ExchangeStatus.FAILURE,
                    Texts.get("siecle.summary.writeFailed"), prepared.preview().counts(),
                    List.of(ExchangeMessage.error(Texts.get("siecle.error.write"), null)), joined(payload), prepared.startedAt));
            throw e;
        }
        prepared.confirmed = true;
        prepared.plan = null;
        log.debug("Import of {} committed {} ms after the confirmation", prepared.fileName, (System.nanoTime() - confirming) / 1_000_000);
        report.accept(0.9);
        long recording = System.nanoTime();
        exchangeLog.record(new ExchangeRecord(prepared.kind.exchangeKind(), ExchangeDirection.IN, year.id(), ExchangeStatus.SUCCESS,
                done.summary(), done.counts(), historyMessages(done), joined(payload), prepared.startedAt));
        log.debug("Import of {} recorded in the exchange history in {} ms", prepared.fileName, (System.nanoTime() - recording) / 1_000_000);
        report.accept(1.0);
        return done;
    }

    private String frenchUai() {
        EtablissementSummary establishment = establishments.currentSummary()
                .orElseThrow(() -> new ImportRefusedException(null, "siecle.error.noEstablishment"));
        if (establishment.schoolSystem() != SchoolSystem.FR) throw new ImportRefusedException(null, "siecle.error.notFrench");
        return establishment.code();
    }

    private PreparedImport refused(ImportKind kind, SchoolYearView year, String fileName, Path file, byte[] content, Instant startedAt,
                                   Integer fileYear, java.time.LocalDate exportDate, List<ExchangeMessage> errors,
                                   List<ExchangeMessage> warnings) {
        ExchangeMessage first = errors.getFirst();
        String summary = Texts.get("siecle.summary.refused", errors.size(), first.text());
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("errors", errors.size());
        ImportPreview preview = new ImportPreview(kind, fileName, fileYear, exportDate, true, summary, counts, Map.of(), List.of(),
                List.of(), List.of(), warnings, errors, false);
        List<ExchangeMessage> messages = new ArrayList<>(errors);
        messages.addAll(warnings);
        PreparedImport prepared = new PreparedImport(kind, year.id(), fileName, file, content, startedAt, null, null, preview);
        exchangeLog.record(new ExchangeRecord(kind.exchangeKind(), ExchangeDirection.IN, year.id(), ExchangeStatus.FAILURE, summary,
                counts, messages, payload(prepared), startedAt));
        return prepared;
    }

    private static ImportPreview beePreview(String fileName, BeeFile bee, BeeDiff.Plan plan, boolean written) {
        Map<String, Integer> counts = new LinkedHashMap<>(plan.counts());
        counts.put("warnings", bee.warnings().size());
        String summary = Texts.get(written ? "siecle.summary.bee.written" : "siecle.summary.bee", counts.get("eleves_in_file"),
                counts.get("arrivals") + counts.get("reactivated"), counts.get("leavers"), counts.get("division_changes"),
                counts.get("warnings"));
        return new ImportPreview(ImportKind.SIECLE_BEE, fileName, bee.year(), bee.exportDate(), false, summary, counts,
                plan.perDivision(), plan.arrivals(), plan.leavers(), plan.changed(), bee.warnings(), List.of(), written);
    }

    private static ImportPreview nomenclaturePreview(String fileName, NomenclatureParser.Result result, NomenclatureDiff.Plan plan,
                                                     List<ExchangeMessage> warnings, boolean written) {
        Map<String, Integer> counts = new LinkedHashMap<>(plan.counts());
        counts.put("subjects_in_file", result.subjects().size());
        counts.put("warnings", warnings.size());
        String summary = Texts.get(written ? "siecle.summary.nomenclature.written" : "siecle.summary.nomenclature",
                counts.get("mefs_in_file"), counts.get("mefs_added"), counts.get("mefs_changed"));
        return new ImportPreview(ImportKind.NOMENCLATURE, fileName, result.year(), result.exportDate(), false, summary, counts,
                Map.of(), plan.added(), plan.absent(), plan.changed(), warnings, List.of(), written);
    }

    /** Warnings, then the first lines of each list: the history keeps what a person would read. */
    private static List<ExchangeMessage> historyMessages(ImportPreview done) {
        List<ExchangeMessage> messages = new ArrayList<>(done.warnings());
        int budget = HISTORY_LINES;
        int left = 0;
        String[][] lists = {{"siecle.history.arrival"}, {"siecle.history.leaver"}, {"siecle.history.change"}};
        List<List<PreviewLine>> all = List.of(done.arrivals(), done.leavers(), done.changes());
        for (int i = 0; i < all.size(); i++) {
            for (PreviewLine line : all.get(i)) {
                if (budget-- > 0) {
                    messages.add(ExchangeMessage.info(Texts.get(lists[i][0], line.name(), line.key(),
                            line.division() == null ? "—" : line.division(), line.detail() == null ? "" : line.detail())));
                } else {
                    left++;
                }
            }
        }
        if (left > 0) messages.add(ExchangeMessage.info(Texts.get("siecle.history.more", left)));
        return messages;
    }

    private static ExchangePayload joined(FutureTask<ExchangePayload> payload) {
        try {
            return payload.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while keeping the original file", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The original upload; a large one zipped, a very large one left out (the counts stay). */
    private static ExchangePayload payload(PreparedImport prepared) {
        try {
            if (prepared.content != null) return new ExchangePayload(prepared.fileName, contentType(prepared.content), prepared.content);
            long size = Files.size(prepared.file);
            if (size <= PAYLOAD_RAW_MAX) {
                byte[] bytes = Files.readAllBytes(prepared.file);
                return new ExchangePayload(prepared.fileName, contentType(bytes), bytes);
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(prepared.file)) {
                head = in.readNBytes(4);
            }
            if ("application/zip".equals(contentType(head))) {
                return size <= PAYLOAD_ZIPPED_MAX ? new ExchangePayload(prepared.fileName, "application/zip", Files.readAllBytes(prepared.file)) : null;
            }
            // the fastest level takes half the time of the default for 1.4 times the size; the default only when that is too big
            byte[] zipped = zip(prepared, Deflater.BEST_SPEED);
            if (zipped.length > PAYLOAD_ZIPPED_MAX) zipped = zip(prepared, Deflater.DEFAULT_COMPRESSION);
            if (zipped.length > PAYLOAD_ZIPPED_MAX) return null;
            return new ExchangePayload(prepared.fileName + ".zip", "application/zip", zipped);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(PreparedImport prepared, int level) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream(1 << 20);
        try (ZipOutputStream zip = new ZipOutputStream(zipped); InputStream in = Files.newInputStream(prepared.file)) {
            zip.setLevel(level);
            zip.putNextEntry(new ZipEntry(prepared.fileName));
            in.transferTo(zip);
            zip.closeEntry();
        }
        return zipped.toByteArray();
    }

    private static String contentType(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4 ? "application/zip" : "application/xml";
    }
}
