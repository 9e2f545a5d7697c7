package org.preau.inspection;

/** A referent inspector of a diploma: the account's username, and the name and e-mail the mail goes to. */
public record Referent(String username, String displayName, String email) {
}
