package org.preau.segec;

import java.time.Instant;

/** What Préau last learnt of a member's SeGEC account in a school year. */
public record SegecAccount(State state, String accountId, String reason, Instant updatedAt) {

    public enum State {
        /** A request is recorded and not yet answered. */
        PENDING,
        INVITATION_SENT, CONFIRMATION_SENT, ALREADY_ACTIVE, REJECTED,
        /** From the extranet transfer. */
        INVITED, ACTIVE, REACTIVATED, DEACTIVATED,
        /** The send could not be delivered (peer down for the whole retry period, key refused). */
        FAILED;

        public String translationKey() {
            return "segec.account." + name();
        }

        /** The extranet holds (or is being asked to hold) an account: a member who no longer qualifies must be deactivated. */
        public boolean held() {
            return this != DEACTIVATED && this != REJECTED && this != FAILED;
        }
    }
}
