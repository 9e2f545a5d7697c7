package org.preau.establishment;

import org.preau.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The school years of the current establishment, and the one the user works in. Other features
 * ask {@link #current()} or {@link #require(long)}: a year of another establishment is refused.
 */
@Service
public class SchoolYearService {

    private final SchoolYearRepository years;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final EtablissementClock establishmentClock;

    SchoolYearService(SchoolYearRepository years, CurrentUser currentUser, Clock clock, EtablissementClock establishmentClock) {
        this.establishmentClock = establishmentClock;
        this.years = years;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SchoolYearView> list() {
        return years.findByEstablishmentIdOrderByStartYearDesc(currentUser.establishmentId()).stream()
                .map(SchoolYear::toView).toList();
    }

    /**
     * The year the user chose, or else the year en cours, or else the one en préparation, or
     * else the latest.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<SchoolYearView> current() {
        List<SchoolYearView> all = list();
        Optional<Long> chosen = currentUser.require().currentSchoolYearId();
        if (chosen.isPresent()) {
            Optional<SchoolYearView> year = all.stream().filter(y -> y.id() == chosen.get()).findFirst();
            if (year.isPresent()) return year;
        }
        return all.stream().filter(y -> y.state() == SchoolYearState.EN_COURS).findFirst()
                .or(() -> all.stream().filter(y -> y.state() == SchoolYearState.PREPARATION).min(Comparator.comparingInt(SchoolYearView::startYear)))
                .or(() -> all.stream().findFirst());
    }

    /** The current year, or a French refusal when the establishment has none yet. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SchoolYearView requireCurrent() {
        return current().orElseThrow(() -> new SchoolYearException("schoolYear.error.none"));
    }

    /** A year of the current establishment; any other id is refused. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SchoolYearView require(long schoolYearId) {
        long establishmentId = currentUser.establishmentId();
        return years.findById(schoolYearId)
                .filter(y -> y.getEstablishmentId() == establishmentId)
                .map(SchoolYear::toView)
                .orElseThrow(() -> new AccessDeniedException("School year " + schoolYearId + " is not of establishment " + establishmentId));
    }

    /** The user now works in that year (of their current establishment). */
    @PreAuthorize("isAuthenticated()")
    public void select(long schoolYearId) {
        require(schoolYearId);
        currentUser.require().selectSchoolYear(schoolYearId);
    }

    /** Opens the year after the latest one, en préparation: the first step of the switchover. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public SchoolYearView prepareNext() {
        long establishmentId = currentUser.establishmentId();
        List<SchoolYear> all = years.findByEstablishmentIdOrderByStartYearDesc(establishmentId);
        if (all.stream().anyMatch(y -> y.getState() == SchoolYearState.PREPARATION)) {
            throw new SchoolYearException("schoolYear.error.alreadyInPreparation");
        }
        int next = all.isEmpty() ? org.preau.base.SchoolYearLabel.startYear(establishmentClock.today(establishmentId)) : all.getFirst().getStartYear() + 1;
        return years.save(new SchoolYear(establishmentId, next, SchoolYearState.PREPARATION)).toView();
    }

    /** Closes the year en cours (if any) and starts the one en préparation: the last step of the switchover. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public SchoolYearView startPreparedYear() {
        long establishmentId = currentUser.establishmentId();
        List<SchoolYear> all = years.findByEstablishmentIdOrderByStartYearDesc(establishmentId);
        SchoolYear prepared = all.stream().filter(y -> y.getState() == SchoolYearState.PREPARATION)
                .min(Comparator.comparingInt(SchoolYear::getStartYear))
                .orElseThrow(() -> new SchoolYearException("schoolYear.error.noneInPreparation"));
        String who = currentUser.username();
        all.stream().filter(y -> y.getState() == SchoolYearState.EN_COURS)
                .forEach(y -> y.close(who, clock.instant()));
        prepared.open(who, clock.instant());
        currentUser.require().selectSchoolYear(prepared.getId());
        return prepared.toView();
    }
}
