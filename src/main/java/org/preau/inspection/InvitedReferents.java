package org.preau.inspection;

import org.preau.security.Role;
import org.preau.security.UserSignedIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An inspector named by e-mail signs in (local account or Keycloak) with that e-mail: the
 * invitations in the establishments they serve become theirs, so the grant applies from this
 * sign-in on. Runs in its own transaction and never refuses a sign-in.
 */
@Component
class InvitedReferents {

    private static final Logger log = LoggerFactory.getLogger(InvitedReferents.class);

    private final InspectionStore table;

    InvitedReferents(InspectionStore table) {
        this.table = table;
    }

    // The condition is checked before the transaction opens: other people's sign-ins cost no connection.
    @EventListener(condition = "#p0.roles().contains(T(org.preau.security.Role).INSPECTOR)")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSignIn(UserSignedIn signedIn) {
        if (!signedIn.roles().contains(Role.INSPECTOR) || signedIn.email() == null || signedIn.email().isBlank()) return;
        int claimed = table.claimInvitations(Referent.invitationKey(signedIn.email()), signedIn.username(), signedIn.displayName(),
                signedIn.establishmentIds());
        if (claimed > 0) log.info("Inspector '{}' signed in with the e-mail they were named by: referent of {} diploma(s) now",
                signedIn.username(), claimed);
    }
}
