package org.preau.establishment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Creates establishments and organising bodies outside any user session: the demo data at
 * start-up and administrators' set-up. No screen reaches it; users edit through
 * {@link EtablissementService}.
 */
@Service
public class EtablissementProvisioning {

    private final EtablissementRepository establishments;
    private final PouvoirOrganisateurRepository organisingBodies;

    private final SchoolYearRepository schoolYears;

    EtablissementProvisioning(EtablissementRepository establishments, PouvoirOrganisateurRepository organisingBodies,
                              SchoolYearRepository schoolYears) {
        this.establishments = establishments;
        this.organisingBodies = organisingBodies;
        this.schoolYears = schoolYears;
    }

    /** Returns the establishment's year starting in {@code startYear}, creating it in that state when absent. */
    @Transactional
    public SchoolYearView ensureSchoolYear(long establishmentId, int startYear, SchoolYearState state) {
        return schoolYears.findByEstablishmentIdAndStartYear(establishmentId, startYear)
                .orElseGet(() -> schoolYears.save(new SchoolYear(establishmentId, startYear, state)))
                .toView();
    }

    /** The establishment's year en cours, if it has one (background work: no user to ask). */
    @Transactional(readOnly = true)
    public Optional<SchoolYearView> yearInProgress(long establishmentId) {
        return schoolYears.findByEstablishmentIdOrderByStartYearDesc(establishmentId).stream().map(SchoolYear::toView)
                .filter(y -> y.state() == SchoolYearState.EN_COURS).findFirst();
    }

    /** Every establishment of this instance, by name (what the instance tells the other instances of its federation). */
    @Transactional(readOnly = true)
    public java.util.List<EtablissementSummary> all() {
        return establishments.findAll(org.springframework.data.domain.Sort.by("name")).stream().map(Etablissement::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<EtablissementSummary> findByCode(String code) {
        return establishments.findByUai(Uai.normalise(code)).or(() -> establishments.findByFase(code))
                .map(Etablissement::toSummary);
    }

    /**
     * Returns the establishment with that code, creating it (and its organising body) when absent.
     * Refuses an invalid UAI: the same rule as the Établissement tab.
     */
    @Transactional
    public EtablissementSummary ensure(String organisingBody, SchoolSystem system, String name, String email, String code) {
        Optional<EtablissementSummary> existing = findByCode(code);
        if (existing.isPresent()) return existing.get();
        if (system == SchoolSystem.FR ? !Uai.isValid(Uai.normalise(code)) : EtablissementRules.fase(code).isPresent()) {
            throw new IllegalArgumentException("Invalid establishment code: " + code);
        }
        // Not "find, else save": two nodes provisioning two schools of one body at once made two bodies,
        // and the schools then no longer shared what a body shares (a pupil's NISS, Miroir's school list).
        organisingBodies.insertIfAbsent(organisingBody);
        PouvoirOrganisateur body = organisingBodies.lockByName(organisingBody).orElseThrow();
        return establishments.save(new Etablissement(body, system, name, email, code)).toSummary();
    }
}
