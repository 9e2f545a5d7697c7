package org.preau.transfer;

import org.preau.base.Texts;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangeOutcomes;
import org.preau.exchange.ExchangeStatus;
import org.preau.peer.DeliveryStatus;
import org.preau.peer.PeerDeliveryFinished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What another Préau answered. Delivered: done. Anything else (its transfers off, the INE unknown
 * there, its key refused, down for 72 hours): the transfer waits again, with the reason, and the
 * daily job sends it anew — the first send created nothing there, so nothing is delivered twice.
 */
@Component
class TransferOutcomes {

    private final TransferStore store;
    private final ExchangeOutcomes exchanges;
    private final Clock clock;

    TransferOutcomes(TransferStore store, ExchangeOutcomes exchanges, Clock clock) {
        this.store = store;
        this.exchanges = exchanges;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PeerDeliveryFinished finished) {
        if (!TransferDelivery.PURPOSE.equals(finished.purpose()) || finished.reference() == null) return;
        TransferStore.Row row = store.find(Long.parseLong(finished.reference())).orElse(null);
        if (row == null || row.status() != TransferStatus.SENDING) return;
        if (finished.status() == DeliveryStatus.DELIVERED) {
            int records = store.sentRecords(row.id());
            if (store.delivered(row.id(), records, clock.instant()) && row.exchangeId() != null) {
                exchanges.settle(row.establishmentId(), row.exchangeId(), ExchangeStatus.SUCCESS,
                        Texts.get("transfer.summary.delivered", row.learnerName(), row.destinationUai()), Map.of("records", records),
                        List.of(ExchangeMessage.info(Texts.get("transfer.message.delivered", records))));
            }
            return;
        }
        String reason = finished.problem() == null ? Texts.get(finished.status().translationKey()) : finished.problem();
        store.stillPending(row.id(), reason, clock.instant());
        if (row.exchangeId() != null) {
            exchanges.settle(row.establishmentId(), row.exchangeId(), null, null, null,
                    List.of(ExchangeMessage.warning(Texts.get("transfer.message.waiting", reason), null)));
        }
    }
}
