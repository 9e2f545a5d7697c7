package org.preau.transfer.ui;


import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.preau.base.Texts;
import org.preau.learner.LearnerDetails;
import org.preau.learner.LearnerPageSection;
import org.preau.transfer.LearnerTransfers;
import org.preau.transfer.ReceivedTransferView;
import org.preau.transfer.TransferView;


import java.util.List;
import java.util.Optional;

/**
 * The learner page's "Transferts" section: records received from another establishment (their
 * source and date), and where this learner's data were sent. Nothing when neither happened.
 */
@org.springframework.stereotype.Component
class TransferLearnerSection implements LearnerPageSection {

    private final LearnerTransfers transfers;

    TransferLearnerSection(LearnerTransfers transfers) {
        this.transfers = transfers;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public String titleKey() {
        return "transfer.section.title";
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> render(LearnerDetails learner) {
        List<ReceivedTransferView> received = transfers.receivedBy(learner.id());
        Optional<TransferView> sent = transfers.ofLearner(learner.id());
        if (received.isEmpty() && sent.isEmpty()) return Optional.empty();
        Div content = new Div();
        content.setId("learner-transfers");
        for (ReceivedTransferView r : received) {
            content.add(new Paragraph(Texts.get("transfer.section.received", r.sourceName(), r.sourceUai(),
                    r.receivedAt().atZone(transfers.zone()).format(TransfertsView.DATE), r.records())));
        }
        sent.ifPresent(t -> content.add(new Paragraph(Texts.get("transfer.section.sent",
                t.destinationName() == null ? t.destinationUai() : t.destinationName() + " (" + t.destinationUai() + ")",
                Texts.get(t.status().translationKey()), t.reason() == null ? "" : t.reason()))));
        return Optional.of(content);
    }
}
