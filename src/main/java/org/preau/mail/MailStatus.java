package org.preau.mail;

/** Where a mail stands: waiting (first try or retry), being handed to the server, accepted by it, or given up. */
public enum MailStatus {
    PENDING, SENDING, SENT, FAILED;

    public String translationKey() {
        return "mail.status." + name();
    }
}
