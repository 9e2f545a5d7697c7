package org.preau.account;

import org.preau.base.TranslatedException;

/** The staff record chosen for an account is already another account's: a director unlinks it there first. */
public class StaffAlreadyLinkedException extends TranslatedException {

    StaffAlreadyLinkedException(String otherUsername) {
        super("accounts.staff.taken", otherUsername);
    }
}
