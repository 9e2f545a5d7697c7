package org.preau.staff;

import org.preau.establishment.EtablissementClock;
import org.preau.establishment.FieldViolation;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.preau.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The staff of the current establishment: the list, a record, and its edits. Secretaries and
 * directors read and edit every record; a teacher reads their own record only.
 */
@Service
public class StaffDirectory {

    private static final Logger log = LoggerFactory.getLogger(StaffDirectory.class);

    private final StaffDirectoryStore records;
    private final SchoolYearService years;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final EtablissementClock establishmentClock;

    StaffDirectory(StaffDirectoryStore records, SchoolYearService years, CurrentUser currentUser, Clock clock,
                   EtablissementClock establishmentClock) {
        this.records = records;
        this.years = years;
        this.currentUser = currentUser;
        this.clock = clock;
        this.establishmentClock = establishmentClock;
    }

    /** Today in the establishment: who has left is decided on the school's date, not the server's. */
    @PreAuthorize("isAuthenticated()")
    public LocalDate today() {
        return establishmentClock.today();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public List<StaffListItem> list(StaffQuery query, int offset, int limit) {
        years.require(query.schoolYearId());
        return records.list(currentUser.establishmentId(), query, establishmentClock.today(), offset, Math.max(1, limit));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public int count(StaffQuery query) {
        years.require(query.schoolYearId());
        return records.count(currentUser.establishmentId(), query, establishmentClock.today());
    }

    /**
     * A record of the current establishment, with its functions and services in that year. A
     * teacher gets only the record linked to their account; any other id is refused.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'TEACHER')")
    public StaffDetails get(long id, long schoolYearId) {
        years.require(schoolYearId);
        long establishmentId = currentUser.establishmentId();
        if (!canReadAll() && !records.idOfUsername(establishmentId, currentUser.username()).map(own -> own == id).orElse(false)) {
            log.warn("Access refused: user '{}' asked for staff record {} that is not theirs", currentUser.username(), id);
            throw new AccessDeniedException("Staff record " + id + " is not readable by " + currentUser.username());
        }
        return records.find(establishmentId, id, schoolYearId)
                .orElseThrow(() -> new AccessDeniedException("Staff record " + id + " is not of establishment " + establishmentId));
    }

    /** The record linked to the signed-in account, if a director linked one. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<StaffDetails> mine(long schoolYearId) {
        years.require(schoolYearId);
        long establishmentId = currentUser.establishmentId();
        return records.idOfUsername(establishmentId, currentUser.username())
                .flatMap(id -> records.find(establishmentId, id, schoolYearId));
    }

    /** Saves the editable fields; refused as a whole when a rule fails or someone saved in between. */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public StaffDetails save(StaffDetails details) {
        List<FieldViolation> violations = StaffRules.validate(details);
        if (!violations.isEmpty()) throw new InvalidStaffException(violations);
        long establishmentId = currentUser.establishmentId();
        long yearId = details.getSchoolYearId() == null ? years.requireCurrent().id() : details.getSchoolYearId();
        years.require(yearId);
        if (records.find(establishmentId, details.getId(), yearId).isEmpty()) {
            throw new AccessDeniedException("Staff record " + details.getId() + " is not of establishment " + establishmentId);
        }
        if (!records.update(establishmentId, details, currentUser.username(), clock.instant())) {
            throw new ObjectOptimisticLockingFailureException(StaffDetails.class, details.getId());
        }
        records.savePresence(establishmentId, details.getId(), yearId, details);
        return records.find(establishmentId, details.getId(), yearId).orElseThrow();
    }

    /** A person entered by hand (Belgian schools have no STS-WEB), with functions in the year. */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public StaffDetails create(StaffDetails details) {
        List<FieldViolation> violations = StaffRules.validate(details);
        if (!violations.isEmpty()) throw new InvalidStaffException(violations);
        long establishmentId = currentUser.establishmentId();
        long yearId = details.getSchoolYearId() == null ? years.requireCurrent().id() : details.getSchoolYearId();
        years.require(yearId);
        long id = records.insert(establishmentId, details, currentUser.username(), clock.instant());
        records.savePresence(establishmentId, id, yearId, details);
        if (!details.getFunctions().isEmpty()) setFunctions(id, yearId, details.getFunctions());
        return records.find(establishmentId, id, yearId).orElseThrow();
    }

    /** Replaces a person's functions in a year (not a closed one) by those chosen on the staff page. */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public StaffDetails setFunctions(long id, long schoolYearId, Set<String> codes) {
        SchoolYearView year = years.require(schoolYearId);
        long establishmentId = currentUser.establishmentId();
        if (records.find(establishmentId, id, schoolYearId).isEmpty()) {
            throw new AccessDeniedException("Staff record " + id + " is not of establishment " + establishmentId);
        }
        if (year.state() == SchoolYearState.CLOTUREE) {
            throw new InvalidStaffException(List.of(new FieldViolation("functions", "staff.error.closedYear", List.of(year.label()))));
        }
        for (String code : codes) {
            if (!StaffRules.isFunctionCode(code)) {
                throw new InvalidStaffException(List.of(new FieldViolation("functions", "staff.error.function", List.of(code))));
            }
        }
        records.replaceFunctions(establishmentId, id, schoolYearId, codes, "MANUAL");
        return records.find(establishmentId, id, schoolYearId).orElseThrow();
    }

    /**
     * Links a Préau account to the record (null or blank unlinks): that teacher then reads this
     * record and the divisions it serves. A director's decision; one record per account.
     */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public StaffDetails linkAccount(long id, long schoolYearId, String username) {
        years.require(schoolYearId);
        StaffRules.username(username).ifPresent(v -> {
            throw new InvalidStaffException(List.of(v));
        });
        long establishmentId = currentUser.establishmentId();
        String value = username == null || username.isBlank() ? null : username.strip();
        try {
            if (!records.setUsername(establishmentId, id, value, currentUser.username(), clock.instant())) {
                throw new AccessDeniedException("Staff record " + id + " is not of establishment " + establishmentId);
            }
        } catch (DuplicateKeyException e) {
            throw new InvalidStaffException(List.of(new FieldViolation("username", "staff.error.username.taken", List.of(value))));
        }
        log.info("User '{}' linked staff record {} to account '{}'", currentUser.username(), id, value);
        return records.find(establishmentId, id, schoolYearId).orElseThrow();
    }

    private boolean canReadAll() {
        return currentUser.hasRole(Role.SECRETARY) || currentUser.hasRole(Role.DIRECTOR);
    }

    /** Codes offered by the function filter and the staff page. */
    public static List<String> functionCodes() {
        return new ArrayList<>(StaffRules.FUNCTION_CODES);
    }
}
