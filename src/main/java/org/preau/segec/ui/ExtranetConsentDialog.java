package org.preau.segec.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.preau.establishment.ModuleDisabledException;
import org.preau.segec.ExtranetTransfer;

/**
 * Asked once, as the seed's ProEco does at the first transfer: what the Extranet transfer sends,
 * how often, and that the answer can be changed; Oui or Non, both recorded with who and when.
 */
class ExtranetConsentDialog extends Dialog {

    final Button yes = new Button();
    final Button no = new Button();

    ExtranetConsentDialog(ExtranetTransfer transfer) {
        setId("extranet-consent-dialog");
        setHeaderTitle(getTranslation("segec.extranet.ask.title"));
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        getElement().setAttribute("aria-label", getTranslation("segec.extranet.ask.title"));
        add(new Paragraph(getTranslation("segec.extranet.ask.what")), new Paragraph(getTranslation("segec.extranet.ask.when")),
                new Paragraph(getTranslation("segec.extranet.ask.withdraw")), new Paragraph(getTranslation("segec.extranet.ask.question")));
        yes.setId("extranet-ask-yes");
        yes.setText(getTranslation("segec.extranet.ask.yes"));
        yes.addThemeVariants(ButtonVariant.PRIMARY);
        yes.addClickListener(e -> answer(transfer, true));
        no.setId("extranet-ask-no");
        no.setText(getTranslation("segec.extranet.ask.no"));
        no.addClickListener(e -> answer(transfer, false));
        getFooter().add(no, yes);
    }

    private void answer(ExtranetTransfer transfer, boolean consented) {
        try {
            transfer.decide(consented);
            SegecTexts.notify(getTranslation(consented ? "segec.extranet.ask.saidYes" : "segec.extranet.ask.saidNo"), NotificationVariant.SUCCESS);
        } catch (ModuleDisabledException e) {
            SegecTexts.notify(e.getMessage(), NotificationVariant.ERROR);
        }
        close();
    }
}
