package org.preau.miroir;

import java.time.Instant;
import java.util.List;

/** One send of a school's Miroir data and the status the collection point reports for it. */
public record MiroirSubmission(long id, long establishmentId, long schoolYearId, int startYear, MiroirUse use, long exchangeId,
                               String remoteId, SubmissionStatus status, List<String> messages, Instant sentAt, String sentBy,
                               Instant statusAt) {

    public String schoolYearLabel() {
        return startYear + "-" + (startYear + 1);
    }
}
