package org.preau.transfer;

import org.preau.base.Texts;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.Uai;
import org.preau.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/** A transfer another Préau delivers: to the establishment of the API token that signed the call, or, from an instance of the federation, to the establishment its body names. */
@Service
class ReceivedTransfers {

    private final TransferReception reception;
    private final CurrentUser currentUser;
    private final EtablissementProvisioning provisioning;
    private final Clock clock;

    ReceivedTransfers(TransferReception reception, CurrentUser currentUser, EtablissementProvisioning provisioning, Clock clock) {
        this.provisioning = provisioning;
        this.reception = reception;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('IMPORT_API')")
    public TransferReception.Outcome receive(LearnerTransferBody body) {
        return reception.receive(currentUser.establishmentId(), body, Texts.get("transfer.startedBy.peer", body.sourceUai()),
                clock.instant());
    }

    /** Delivered by an instance of the federation: the destination is this instance's establishment of that UAI. */
    @Transactional
    @PreAuthorize("hasRole('FEDERATION')")
    public TransferReception.Outcome receiveFromInstance(String instance, LearnerTransferBody body) {
        String uai = Uai.normalise(body.destinationUai());
        Optional<EtablissementSummary> destination = provisioning.findByCode(uai).filter(e -> e.schoolSystem() == SchoolSystem.FR);
        if (destination.isEmpty()) return new TransferReception.Refused(Texts.get("transfer.error.noSuchDestination", uai));
        return reception.receive(destination.get().id(), body, Texts.get("transfer.startedBy.instance", instance, body.sourceUai()),
                clock.instant());
    }
}
