package org.preau.staff;

import org.preau.base.Texts;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeDirection;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangePayload;
import org.preau.exchange.ExchangeRecord;
import org.preau.exchange.ExchangeStatus;
import org.preau.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleConsumer;

/**
 * Turns what an import file says about the staff of a year into a preview, then, on
 * confirmation, writes it in one transaction and records the exchange. Importers (STS-WEB,
 * CSV) only read their file and hand a {@link StaffSnapshot} over.
 */
@Service
public class StaffSync {

    private static final Logger log = LoggerFactory.getLogger(StaffSync.class);

    private final StaffStore store;
    private final SchoolYearService years;
    private final ExchangeLog exchanges;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    StaffSync(StaffStore store, SchoolYearService years, ExchangeLog exchanges, CurrentUser currentUser,
              PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.years = years;
        this.exchanges = exchanges;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * A year that an import may write into: of the current establishment (else access denied)
     * and not closed.
     */
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public SchoolYearView importableYear(long schoolYearId) {
        SchoolYearView year = years.require(schoolYearId);
        if (year.state() == SchoolYearState.CLOTUREE) {
            throw new StaffFileRefusedException(null, "staff.import.error.closedYear", year.label());
        }
        return year;
    }

    /** Compares the file with the stored staff of the year; writes nothing. */
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public StaffImportPreview preview(StaffImportFile file, long schoolYearId, StaffSnapshot snapshot,
                                      Map<String, Integer> fileCounts, List<ExchangeMessage> warnings) {
        SchoolYearView year = importableYear(schoolYearId);
        long establishmentId = currentUser.establishmentId();
        return readOnly.execute(status -> {
            StaffState state = state(establishmentId, year, snapshot);
            StaffDiff diff = StaffDiff.compare(snapshot, state);
            return new StaffImportPreview(file, year.id(), year.label(), snapshot, fileCounts, diff.arrivals,
                    diff.leaverLines(state), diff.changes, diff.unchanged, state.functionsOfBasis().size(),
                    snapshot.people().size(), warnings);
        });
    }

    /**
     * Writes the preview in one transaction (compared again inside it, so that a change made
     * meanwhile is not overwritten blindly), then records the exchange with its file. On a
     * failure nothing is written and the failure is recorded.
     */
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public StaffImportResult confirm(StaffImportPreview preview, DoubleConsumer progress) {
        SchoolYearView year = importableYear(preview.schoolYearId());
        long establishmentId = currentUser.establishmentId();
        String who = currentUser.username();
        StaffImportPreview written;
        try {
            written = transaction.execute(status -> write(establishmentId, year, preview, who, progress));
        } catch (RuntimeException e) {
            log.warn("Staff import of '{}' failed while writing", preview.file().fileName(), e);
            recordRefusal(preview.file(), year.id(), Texts.get("staff.import.error.write"), null);
            throw e;
        }
        String summary = Texts.get("staff.import.summary", written.snapshot().people().size(), written.arrivals().size(),
                written.leavers().size(), written.changes().size(), year.label());
        List<ExchangeMessage> messages = new ArrayList<>(written.warnings());
        written.arrivals().forEach(a -> messages.add(ExchangeMessage.info(Texts.get("staff.import.message.arrival", a.displayName(), a.externalId()))));
        written.leavers().forEach(l -> messages.add(ExchangeMessage.info(Texts.get("staff.import.message.leaver", l.displayName(), l.externalId()))));
        written.changes().forEach(c -> messages.add(ExchangeMessage.info(Texts.get("staff.import.message.change",
                c.person().displayName(), c.person().externalId(), String.join(" ; ", c.changes())))));
        long exchangeId = exchanges.record(new ExchangeRecord(preview.file().kind(), ExchangeDirection.IN, year.id(),
                ExchangeStatus.SUCCESS, summary, written.counts(), messages, payload(preview.file()), preview.file().startedAt()));
        progress.accept(1.0);
        return new StaffImportResult(exchangeId, summary, written.counts());
    }

    /** Records a refused file in the exchange history (in a transaction of its own); returns the row's id. */
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public long recordRefusal(StaffImportFile file, Long schoolYearId, String message, String location) {
        return exchanges.record(new ExchangeRecord(file.kind(), ExchangeDirection.IN, schoolYearId, ExchangeStatus.FAILURE,
                Texts.get("staff.import.refused", file.fileName()), Map.of(), List.of(ExchangeMessage.error(message, location)),
                payload(file), file.startedAt()));
    }

    private static ExchangePayload payload(StaffImportFile file) {
        return file.content() == null ? null : new ExchangePayload(file.fileName(), file.contentType(), file.content());
    }

    private StaffState state(long establishmentId, SchoolYearView year, StaffSnapshot snapshot) {
        Map<String, StoredStaff> members = store.members(establishmentId, snapshot.externalTypes());
        Set<Long> ids = new java.util.HashSet<>();
        members.values().forEach(m -> ids.add(m.id()));
        Map<Long, Set<String>> ofYear = store.functions(establishmentId, year.id(), ids);
        Map<Long, Set<String>> basis = ofYear;
        if (ofYear.isEmpty()) {
            Optional<SchoolYearView> previous = years.list().stream().filter(y -> y.startYear() < year.startYear())
                    .max(Comparator.comparingInt(SchoolYearView::startYear));
            if (previous.isPresent()) {
                basis = store.functions(establishmentId, previous.get().id(), ids);
            }
        }
        return new StaffState(members, ofYear, basis, store.services(establishmentId, year.id()),
                store.disciplines(establishmentId), store.structures(establishmentId, year.id()));
    }

    private StaffImportPreview write(long establishmentId, SchoolYearView year, StaffImportPreview preview, String who,
                                     DoubleConsumer progress) {
        long started = System.nanoTime();
        StaffSnapshot snapshot = preview.snapshot();
        StaffState state = state(establishmentId, year, snapshot);
        StaffDiff diff = StaffDiff.compare(snapshot, state);
        var now = clock.instant();
        progress.accept(0.1);
        store.insertMembers(establishmentId, diff.newPeople, who, now);
        store.updateIdentities(establishmentId, diff.identityUpdates, who, now);
        progress.accept(0.3);
        Map<String, Long> ids = new HashMap<>();
        store.members(establishmentId, snapshot.externalTypes()).values().forEach(m -> ids.put(m.key(), m.id()));

        Map<String, IncomingStaff> byKey = new LinkedHashMap<>();
        snapshot.people().forEach(p -> byKey.put(p.key(), p));
        List<Long> functionsReplaced = new ArrayList<>();
        List<StaffStore.FunctionRow> functions = new ArrayList<>();
        for (String key : diff.functionUpdates) {
            long id = ids.get(key);
            functionsReplaced.add(id);
            String code = byKey.get(key).functionCode();
            if (code != null) functions.add(new StaffStore.FunctionRow(id, code));
        }
        diff.leavers.forEach(l -> functionsReplaced.add(l.id()));
        store.deleteFunctions(establishmentId, year.id(), functionsReplaced);
        store.insertFunctions(establishmentId, year.id(), functions, snapshot.source());
        progress.accept(0.5);

        List<Long> servicesReplaced = new ArrayList<>();
        List<StaffStore.ServiceRow> services = new ArrayList<>();
        for (String key : diff.serviceUpdates) {
            long id = ids.get(key);
            servicesReplaced.add(id);
            byKey.get(key).served().forEach(s -> services.add(new StaffStore.ServiceRow(id, s)));
        }
        diff.leavers.forEach(l -> servicesReplaced.add(l.id()));
        store.deleteServices(establishmentId, year.id(), servicesReplaced);
        store.insertServices(establishmentId, year.id(), services);
        progress.accept(0.7);

        List<Long> disciplinesReplaced = new ArrayList<>();
        List<StaffStore.DisciplineRow> disciplines = new ArrayList<>();
        for (String key : diff.disciplineUpdates) {
            long id = ids.get(key);
            disciplinesReplaced.add(id);
            byKey.get(key).disciplines().forEach(d -> disciplines.add(new StaffStore.DisciplineRow(id, d)));
        }
        store.deleteDisciplines(establishmentId, disciplinesReplaced);
        store.insertDisciplines(establishmentId, disciplines);
        if (diff.structuresChanged) store.replaceStructures(establishmentId, year.id(), snapshot.structures());
        progress.accept(0.9);
        log.info("Staff import '{}' written for year {}: {} arrivals, {} leavers, {} changes in {} ms", preview.file().fileName(),
                year.label(), diff.arrivals.size(), diff.leavers.size(), diff.changes.size(), (System.nanoTime() - started) / 1_000_000);
        return new StaffImportPreview(preview.file(), year.id(), year.label(), snapshot, preview.fileCounts(), diff.arrivals,
                diff.leaverLines(state), diff.changes, diff.unchanged, state.functionsOfBasis().size(), snapshot.people().size(),
                preview.warnings());
    }
}
