package org.preau.transfer;

/** PENDING: waits for the next run (with the reason why it could not be delivered yet); SENDING: with another instance; DELIVERED: done, once. */
public enum TransferStatus {
    PENDING, SENDING, DELIVERED;

    public String translationKey() {
        return "transfer.status." + name();
    }
}
