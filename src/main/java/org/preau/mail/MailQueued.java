package org.preau.mail;

/** A mail was stored; its listener sends it after the commit. */
record MailQueued(long mailId) {
}
