package org.preau.peer;

/** Which outside peer a send goes to; each has its own base URL and API key. */
public enum PeerKind {
    /** The federation's extranet (SeGEC). */
    SEGEC,
    /** The Miroir collection point. */
    MIROIR,
    /** Another Préau instance (learner transfers); its address comes from a directory, by destination UAI. */
    PREAU
}
