package org.preau.privacy;

import org.preau.base.PersonalDataAccessed;

import java.time.Instant;

/** One row of the access journal as the director reads it: the person's name is looked up now, never stored. */
public record AuditEntry(Instant occurredAt, String actor, PersonalDataAccessed.Subject subject, Long subjectId, String personName,
                         PersonalDataAccessed.Action action, String through) {
}
