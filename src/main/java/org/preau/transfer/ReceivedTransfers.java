package org.preau.transfer;

import org.preau.base.Texts;
import org.preau.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** A transfer another Préau delivers to the establishment of the API token that signed the call. */
@Service
class ReceivedTransfers {

    private final TransferReception reception;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReceivedTransfers(TransferReception reception, CurrentUser currentUser, Clock clock) {
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
}
