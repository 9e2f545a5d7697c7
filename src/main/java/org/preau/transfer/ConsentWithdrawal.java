package org.preau.transfer;

import java.time.Instant;

/** A transfer whose consent was withdrawn, when and by whom. */
public record ConsentWithdrawal(long transferId, Instant withdrawnAt, String withdrawnBy) {
}
