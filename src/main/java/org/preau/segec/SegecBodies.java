package org.preau.segec;

import java.util.List;

/** The JSON bodies of PEERS.md's SeGEC calls (dates as {@code yyyy-MM-dd} strings). */
final class SegecBodies {

    static final String ACTIVATION = "segec.activation";
    static final String MEMBER = "segec.member";

    private SegecBodies() {
    }

    record Activation(String schoolYear, List<ActivationMember> members) {
    }

    record ActivationMember(String externalRef, String lastName, String firstName, String birthDate, String email, String role) {
    }

    record Member(String lastName, String firstName, String birthDate, String email, String role, String schoolYear, boolean active) {
    }

    static ActivationMember activationMember(SegecMember m) {
        return new ActivationMember(String.valueOf(m.id()), m.person().nomUsage(), m.person().prenom(),
                m.person().dateNaissance() == null ? null : m.person().dateNaissance().toString(),
                m.person().emailPerso() == null ? null : m.person().emailPerso().strip(), m.role().name());
    }

    static Member member(SegecMember m, String schoolYear, boolean active) {
        return new Member(m.person().nomUsage(), m.person().prenom(),
                m.person().dateNaissance() == null ? null : m.person().dateNaissance().toString(),
                m.person().emailPerso() == null ? null : m.person().emailPerso().strip(), m.role().name(), schoolYear, active);
    }

    /** The peer's reference of a send: {@code <school year id>} for an activation, {@code <staff id>:<school year id>} for a member. */
    static String memberReference(long staffId, long schoolYearId) {
        return staffId + ":" + schoolYearId;
    }
}
