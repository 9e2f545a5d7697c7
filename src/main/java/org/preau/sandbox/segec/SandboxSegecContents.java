package org.preau.sandbox.segec;

import org.preau.establishment.EtablissementService;
import org.preau.establishment.EtablissementSummary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the sandbox SeGEC extranet holds for the current establishment, for its page. */
@Service
@ConditionalOnProperty(name = "preau.sandbox.enabled", havingValue = "true")
public class SandboxSegecContents {

    private final SandboxSegecStore store;
    private final EtablissementService etablissements;

    SandboxSegecContents(SandboxSegecStore store, EtablissementService etablissements) {
        this.store = store;
        this.etablissements = etablissements;
    }

    public record HeldMember(String schoolYear, String externalRef, String accountId, String lastName, String firstName,
                             LocalDate birthDate, String email, String role, boolean active, Instant updatedAt) {
    }

    public record Request(Instant at, String method, String path, Integer status, String response) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<HeldMember> members() {
        return store.members(code(), null).stream().map(m -> new HeldMember(m.schoolYear(), m.externalRef(), m.accountId(), m.lastName(),
                m.firstName(), m.birthDate(), m.email(), m.role(), m.active(), m.updatedAt())).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<Request> received() {
        return store.received(code(), 200).stream().map(r -> new Request(r.at(), r.method(), r.path(), r.status(), r.response())).toList();
    }

    private String code() {
        return etablissements.currentSummary().map(EtablissementSummary::code).orElseThrow();
    }
}
