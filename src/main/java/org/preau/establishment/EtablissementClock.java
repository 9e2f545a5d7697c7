package org.preau.establishment;

import org.preau.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The establishment's "today": a French school lives on Paris time, a Belgian one on Brussels
 * time, whatever the server's zone is (often UTC). Between midnight and 01:00 or 02:00 in Paris
 * the UTC date is still yesterday, so every "today", date limit and printed or mailed date
 * asks this service rather than {@code LocalDate.now(clock)}.
 */
@Service
public class EtablissementClock {

    private final EtablissementRepository establishments;
    private final CurrentUser currentUser;
    private final Clock clock;

    EtablissementClock(EtablissementRepository establishments, CurrentUser currentUser, Clock clock) {
        this.establishments = establishments;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The zone of the signed-in user's establishment; Paris when nobody is signed in or they serve none. */
    @Transactional(readOnly = true)
    public ZoneId zone() {
        return currentUser.get().flatMap(p -> p.currentEstablishmentId()).map(this::zone).orElse(SchoolSystem.FR.zone());
    }

    /** The zone of an establishment, for background work that holds its id. */
    @Transactional(readOnly = true)
    public ZoneId zone(long establishmentId) {
        return establishments.findById(establishmentId).map(e -> e.getSchoolSystem().zone()).orElse(SchoolSystem.FR.zone());
    }

    /** Today in the signed-in user's establishment. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** Today in the given establishment. */
    public LocalDate today(long establishmentId) {
        return LocalDate.now(clock.withZone(zone(establishmentId)));
    }

    /** Now, on the signed-in user's establishment's wall clock. */
    public ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(zone()));
    }
}
