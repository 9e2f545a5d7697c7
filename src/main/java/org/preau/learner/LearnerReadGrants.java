package org.preau.learner;

import java.util.Set;

/**
 * Which diplomas an inspector may read in an establishment. The inspection feature implements it
 * (it owns the grants); the learner services consult it on every call, so a revocation takes
 * effect at once, also for an inspector whose session is open. Kept here, in the learner module,
 * so that learner does not depend on inspection (inspection already reads the MEF catalog).
 */
public interface LearnerReadGrants {

    /** The diploma codes (attachment MEF codes) granted to that inspector in that establishment; empty when none. */
    Set<String> grantedDiplomas(long establishmentId, String username);
}
