package org.preau.establishment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A school year of one establishment, with its state machine: en préparation → en cours →
 * clôturée. Around the switchover two years are open, as SCONET's two bases.
 */
@Entity
@Table(name = "school_year")
class SchoolYear {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long establishmentId;

    private int startYear;

    @Enumerated(EnumType.STRING)
    private SchoolYearState state;

    private Instant openedAt;
    private String openedBy;
    private Instant closedAt;
    private String closedBy;

    protected SchoolYear() {
    }

    SchoolYear(long establishmentId, int startYear, SchoolYearState state) {
        this.establishmentId = establishmentId;
        this.startYear = startYear;
        this.state = state;
    }

    /** en préparation → en cours */
    void open(String by, Instant at) {
        if (state != SchoolYearState.PREPARATION) throw new SchoolYearException("schoolYear.error.notInPreparation", label());
        state = SchoolYearState.EN_COURS;
        openedBy = by;
        openedAt = at;
    }

    /** en cours → clôturée; a closed year stays readable */
    void close(String by, Instant at) {
        if (state != SchoolYearState.EN_COURS) throw new SchoolYearException("schoolYear.error.notInProgress", label());
        state = SchoolYearState.CLOTUREE;
        closedBy = by;
        closedAt = at;
    }

    SchoolYearView toView() {
        return new SchoolYearView(id, establishmentId, startYear, state);
    }

    String label() {
        return startYear + "-" + (startYear + 1);
    }

    Long getId() {
        return id;
    }

    long getEstablishmentId() {
        return establishmentId;
    }

    int getStartYear() {
        return startYear;
    }

    SchoolYearState getState() {
        return state;
    }
}
