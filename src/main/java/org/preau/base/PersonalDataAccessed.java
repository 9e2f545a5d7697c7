package org.preau.base;

/**
 * Published, synchronously, when someone outside an establishment's own staff reads a person's
 * data, or when personal data leave Préau (an export, a download, a send to another instance).
 * The privacy module writes one audit row per event. It lives here, in the shared module, so that
 * every feature can publish it without depending on privacy (which reads those features).
 *
 * @param subjectId the learner or staff id, {@code null} for a file about many people
 * @param through   the grant or channel that allowed it (a diploma code, a source UAI, a file name); never personal data
 */
public record PersonalDataAccessed(long establishmentId, String actor, Subject subject, Long subjectId, Action action,
                                   String through) {

    public enum Subject { LEARNER, STAFF, FILE }

    public enum Action {
        /** An inspector opened a learner's page through a diploma grant. */
        INSPECTOR_READ,
        /** The destination opened a learner whose records came from another establishment. */
        RECEIVED_TRANSFER_OPENED,
        /** A learner's records sent to another Préau through its API. */
        API_EXPORT,
        /** A file holding personal data downloaded from Préau. */
        DOWNLOAD;

        public String translationKey() {
            return "privacy.action." + name();
        }

        /** The text around {@code through}: "Accès inspecteur au diplôme {0}"… */
        public String throughKey() {
            return "privacy.through." + name();
        }
    }
}
