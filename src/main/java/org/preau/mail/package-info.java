/**
 * Mails Préau sends: {@link org.preau.mail.MailOutbox#queue} stores a mail inside the caller's
 * transaction; it is sent after commit (Spring Mail over SMTP) and retried while the mail server
 * is down, so that a feature never fails because of the mail. The embedded default runs its own
 * SMTP server in-process; production names the relay in the environment.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Courriels")
package org.preau.mail;
