package org.preau.inspection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A referent inspector of a diploma: the account's username, and the name and e-mail the mail goes to.
 * A referent named by e-mail before their first sign-in holds an invitation key in place of a username
 * ({@link #invitationKey}); it becomes their username when they sign in with that e-mail.
 */
public record Referent(String username, String displayName, String email) {

    static final String INVITATION = "invite:";

    /** True while the inspector named by e-mail has not signed in yet. */
    public boolean awaitingSignIn() {
        return username.startsWith(INVITATION);
    }

    /** The stand-in username of someone named by e-mail (no username can hold ':' ). */
    static String invitationKey(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return INVITATION + HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
