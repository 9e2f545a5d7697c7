package org.preau.miroir;

import java.util.Optional;

/** A school of the organising body and its latest Miroir send for the year, if any. */
public record SchoolSendState(long establishmentId, String name, String fase, boolean current, Optional<MiroirSubmission> latest) {
}
