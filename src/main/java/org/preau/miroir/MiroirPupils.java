package org.preau.miroir;

import org.preau.pupil.Ceb;
import org.preau.base.Texts;
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
import org.preau.learner.KnownLearner;
import org.preau.learner.LearnerRoster;
import org.preau.learner.LearnerService;
import org.preau.security.CurrentUser;
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
import java.util.Optional;
import java.util.Set;

/**
 * The pupil data of the Miroir indicators (level, implantation, June CEB result of 6th-year
 * pupils) in the year the user works in: shown and edited on the learner page, imported from a
 * CSV (preview, then confirmation; refused as a whole on one bad value; in the exchange history).
 * <p>
 * Unlike the capital-périodes, a closed year stays editable here: the CEB results of June are
 * sent while positioned on the year that just ended (the seed's first use).
 */
@Service
public class MiroirPupils {

    static final List<String> REQUIRED = List.of("identifiant", "nom", "niveau", "implantation");
    static final List<String> OPTIONAL = List.of("prenom", "ceb");

    private final MiroirPupilStore store;
    private final ModuleSettings modules;
    private final SchoolYearService years;
    private final LearnerRoster roster;
    private final LearnerService learners;
    private final ExchangeLog exchanges;
    private final CurrentUser currentUser;
    private final Clock clock;

    MiroirPupils(MiroirPupilStore store, ModuleSettings modules, SchoolYearService years, LearnerRoster roster, LearnerService learners,
                 ExchangeLog exchanges, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.modules = modules;
        this.years = years;
        this.roster = roster;
        this.learners = learners;
        this.exchanges = exchanges;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The learner's data in the year the user works in (the learner must be of the establishment). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public Optional<PupilData> get(long learnerId) {
        modules.requireEnabled(PreauModule.MIROIR);
        learners.get(learnerId);
        return store.find(currentUser.establishmentId(), years.requireCurrent().id(), learnerId);
    }

    /** Saves the learner's data in the year the user works in. */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public PupilData save(long learnerId, Level level, String implantation, Ceb ceb) {
        modules.requireEnabled(PreauModule.MIROIR);
        var learner = learners.get(learnerId);
        SchoolYearView year = years.requireCurrent();
        if (learner.enrolment().isEmpty()) throw new InvalidPupilDataException("miroir.pupil.error.notEnrolled", year.label());
        if (level == null) throw new InvalidPupilDataException("miroir.pupil.error.level");
        if (implantation == null || implantation.isBlank() || implantation.strip().length() > 100) {
            throw new InvalidPupilDataException("miroir.pupil.error.implantation");
        }
        if (ceb != null && level != Level.P6) throw new InvalidPupilDataException("miroir.pupil.error.cebNotP6");
        PupilData data = new PupilData(learnerId, level, implantation.strip(), ceb);
        store.upsert(currentUser.establishmentId(), year.id(), List.of(data), currentUser.username(), clock.instant());
        return data;
    }

    /** The implantations already named in the establishment (pupils and capital), for the learner page's choice. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public List<String> implantations() {
        return store.implantations(currentUser.establishmentId());
    }

    /** Reads the file and compares it with the stored data of the year; writes nothing but a refusal's history row. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public PupilImportPreview preview(String fileName, byte[] content) {
        modules.requireEnabled(PreauModule.MIROIR);
        Instant startedAt = clock.instant();
        SchoolYearView year = years.requireCurrent();
        try {
            return compare(fileName, content, year);
        } catch (MiroirFileRefusedException e) {
            refused(fileName, content, year, e, startedAt);
            throw e;
        }
    }

    /** Reads and compares again, then writes the new and changed pupils in one transaction. */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public PupilImportPreview confirm(String fileName, byte[] content) {
        modules.requireEnabled(PreauModule.MIROIR);
        Instant startedAt = clock.instant();
        SchoolYearView year = years.requireCurrent();
        PupilImportPreview preview;
        try {
            preview = compare(fileName, content, year);
        } catch (MiroirFileRefusedException e) {
            refused(fileName, content, year, e, startedAt);
            throw e;
        }
        List<PupilData> writes = preview.lines().stream().filter(PupilChange::changed).map(PupilChange::after).toList();
        store.upsert(currentUser.establishmentId(), year.id(), writes, currentUser.username(), clock.instant());
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(Texts.get("miroir.pupils.count.lines"), preview.lines().size());
        counts.put(Texts.get("miroir.pupils.count.new"), (int) preview.newCount());
        counts.put(Texts.get("miroir.pupils.count.changed"), (int) preview.changedCount());
        counts.put(Texts.get("miroir.pupils.count.unchanged"), (int) preview.unchangedCount());
        exchanges.record(new ExchangeRecord(ExchangeKind.MIROIR, ExchangeDirection.IN, year.id(), ExchangeStatus.SUCCESS,
                Texts.get("miroir.pupils.summary.imported", year.label(), writes.size()), counts, List.of(),
                new ExchangePayload(fileName, "text/csv", content), startedAt));
        return preview;
    }

    private PupilImportPreview compare(String fileName, byte[] content, SchoolYearView year) {
        List<MiroirCsv.Line> lines = MiroirCsv.read(content, REQUIRED, OPTIONAL);
        Map<String, KnownLearner> byId = new HashMap<>();
        for (KnownLearner l : roster.snapshot(year.id()).values()) {
            if (!l.enrolledIn(year.id())) continue;
            byId.put(l.siecleKey(), l);
            if (l.ine() != null) byId.putIfAbsent(l.ine(), l);
            if (l.eleveId() != null) byId.putIfAbsent(l.eleveId(), l);
        }
        Map<Long, PupilData> stored = store.ofYear(currentUser.establishmentId(), year.id());
        List<PupilChange> changes = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (MiroirCsv.Line line : lines) {
            String id = MiroirCsv.required(line, "identifiant");
            KnownLearner learner = byId.get(id);
            if (learner == null) throw new MiroirFileRefusedException(line.location("identifiant"), "miroir.pupils.error.unknown", id, year.label());
            String nom = MiroirCsv.required(line, "nom");
            if (!MiroirCsv.nameKey(nom).equals(MiroirCsv.nameKey(learner.nom()))
                    && !MiroirCsv.nameKey(nom).equals(MiroirCsv.nameKey(learner.nomUsage()))) {
                throw new MiroirFileRefusedException(line.location("nom"), "miroir.pupils.error.name", nom, id, learner.displayName());
            }
            if (!seen.add(learner.learnerId())) throw new MiroirFileRefusedException(line.location("identifiant"), "miroir.pupils.error.duplicate", id);
            String levelText = MiroirCsv.required(line, "niveau");
            Level level = Level.parse(levelText)
                    .orElseThrow(() -> new MiroirFileRefusedException(line.location("niveau"), "miroir.pupils.error.level", levelText));
            String implantation = MiroirCsv.required(line, "implantation");
            if (implantation.length() > 100) throw new MiroirFileRefusedException(line.location("implantation"), "miroir.csv.error.tooLong", 100);
            String cebText = line.get("ceb");
            Ceb ceb = null;
            if (cebText != null) {
                ceb = Ceb.parse(cebText)
                        .orElseThrow(() -> new MiroirFileRefusedException(line.location("ceb"), "miroir.pupils.error.ceb", cebText));
                if (level != Level.P6) throw new MiroirFileRefusedException(line.location("ceb"), "miroir.pupils.error.cebNotP6", level.name());
            }
            PupilData after = new PupilData(learner.learnerId(), level, implantation, ceb);
            changes.add(new PupilChange(line.number(), learner.displayName(), stored.get(learner.learnerId()), after));
        }
        return new PupilImportPreview(fileName, year.label(), changes);
    }

    private void refused(String fileName, byte[] content, SchoolYearView year, MiroirFileRefusedException e, Instant startedAt) {
        exchanges.record(new ExchangeRecord(ExchangeKind.MIROIR, ExchangeDirection.IN, year.id(), ExchangeStatus.FAILURE,
                Texts.get("miroir.pupils.summary.refused", fileName), Map.of(),
                List.of(ExchangeMessage.error(e.getMessage(), e.location())),
                content == null || content.length > MiroirCsv.MAX_BYTES ? null : new ExchangePayload(fileName, "text/csv", content), startedAt));
    }
}
