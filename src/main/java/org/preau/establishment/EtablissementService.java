package org.preau.establishment;

import org.preau.security.CurrentUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Établissement tab's service. It always works on the signed-in user's current
 * establishment: no method takes an establishment id from the caller.
 */
@Service
public class EtablissementService {

    private final EtablissementRepository establishments;
    private final CurrentUser currentUser;
    private final Clock clock;

    EtablissementService(EtablissementRepository establishments, CurrentUser currentUser, Clock clock) {
        this.establishments = establishments;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public EtablissementDetails current() {
        return load().toDetails();
    }

    /**
     * Saves the details after checking every rule; refused as a whole when one fails, and when
     * someone else saved in between (the version read no longer matches).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public EtablissementDetails save(EtablissementDetails details) {
        Etablissement etablissement = load();
        List<FieldViolation> violations = new ArrayList<>(EtablissementRules.validate(etablissement.getSchoolSystem(), details));
        if (violations.isEmpty()) codeTakenByAnother(etablissement, details).ifPresent(violations::add);
        if (!violations.isEmpty()) throw new InvalidEtablissementException(violations);
        if (details.getVersion() != etablissement.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Etablissement.class, etablissement.getId());
        }
        etablissement.update(details, currentUser.username(), clock.instant());
        return establishments.saveAndFlush(etablissement).toDetails();
    }

    /** The establishments the user serves, for the switcher in the layout. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<EtablissementSummary> mine() {
        return establishments.findByIdInOrderByName(currentUser.require().establishmentIds()).stream()
                .map(Etablissement::toSummary).toList();
    }

    /** The establishment the user works in now, if any. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<EtablissementSummary> currentSummary() {
        return currentUser.require().currentEstablishmentId()
                .flatMap(establishments::findById)
                .map(Etablissement::toSummary);
    }

    /**
     * Name, code and address of an establishment, for what Préau prints or sends on its behalf
     * (forms, peers), also from background work. Callers pass an id they already hold legitimately.
     */
    @Transactional(readOnly = true)
    public Optional<EtablissementDetails> forPrintingOrSending(long establishmentId) {
        return establishments.findById(establishmentId).map(Etablissement::toDetails);
    }

    /** Name and code of an establishment, for background work and peers (see {@link #forPrintingOrSending}). */
    @Transactional(readOnly = true)
    public Optional<EtablissementSummary> summary(long establishmentId) {
        return establishments.findById(establishmentId).map(Etablissement::toSummary);
    }

    /**
     * A key of the establishment's organising body (its id; minus the establishment's own id when
     * it has none), for what must be unique across the schools of one body (a pupil's NISS).
     */
    @Transactional(readOnly = true)
    public long organisingBodyKey(long establishmentId) {
        return establishments.findById(establishmentId)
                .map(e -> e.organisingBodyId() == null ? -establishmentId : e.organisingBodyId())
                .orElse(-establishmentId);
    }

    private Etablissement load() {
        long id = currentUser.establishmentId();
        return establishments.findById(id).orElseThrow(() -> new IllegalStateException("Establishment " + id + " is gone"));
    }

    private Optional<FieldViolation> codeTakenByAnother(Etablissement etablissement, EtablissementDetails details) {
        if (etablissement.getSchoolSystem() == SchoolSystem.FR
                && establishments.existsByUaiAndIdNot(Uai.normalise(details.getUai()), etablissement.getId())) {
            return Optional.of(FieldViolation.of("uai", "etablissement.error.uai.taken"));
        }
        if (etablissement.getSchoolSystem() == SchoolSystem.BE
                && establishments.existsByFaseAndIdNot(details.getFase().strip(), etablissement.getId())) {
            return Optional.of(FieldViolation.of("fase", "etablissement.error.fase.taken"));
        }
        return Optional.empty();
    }
}
