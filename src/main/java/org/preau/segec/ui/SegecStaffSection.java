package org.preau.segec.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.preau.establishment.ModuleDisabledException;
import org.preau.security.CurrentUser;
import org.preau.security.Role;
import org.preau.segec.SegecActivations;
import org.preau.segec.SegecException;
import org.preau.segec.SegecForms;
import org.preau.segec.SegecMember;
import org.preau.staff.StaffDetails;
import org.preau.staff.StaffPageSection;

import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * The SeGEC part of a teacher's or director's staff page: "autorisation signée reçue" beside the
 * private e-mail, the account state, and for the director activate / renew / deactivate. On a
 * teacher's own page: their account state and their consent form to print.
 */
@org.springframework.stereotype.Component
class SegecStaffSection implements StaffPageSection {

    private final SegecForms forms;
    private final SegecActivations activations;
    private final CurrentUser currentUser;

    SegecStaffSection(SegecForms forms, SegecActivations activations, CurrentUser currentUser) {
        this.forms = forms;
        this.activations = activations;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String titleKey() {
        return "segec.section.title";
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> render(StaffDetails person, long schoolYearId) {
        boolean office = currentUser.hasRole(Role.SECRETARY) || currentUser.hasRole(Role.DIRECTOR);
        Optional<SegecMember> member = office ? forms.member(person.getId())
                : forms.mine().filter(m -> m.id() == person.getId());
        return member.map(m -> office ? office(m) : own(m));
    }

    private com.vaadin.flow.component.Component office(SegecMember m) {
        Div box = new Div();
        box.setId("segec-section");
        Paragraph account = new Paragraph();
        account.setId("segec-account");
        // Where the person stands under the seeds' rule, in the words of the tick boxes above.
        Paragraph standing = new Paragraph(box.getTranslation("segec.section.standing", box.getTranslation(m.standing().translationKey())));
        standing.setId("segec-standing");
        box.add(standing);
        Checkbox consent = new Checkbox();
        consent.setId("segec-consent");
        show(box, m, consent, account);
        consent.addValueChangeListener(e -> {
            if (!e.isFromClient()) return;
            act(box, () -> forms.recordConsent(m.id(), e.getValue()), null, consent, account, m.id());
        });
        box.add(consent, account);
        if (currentUser.hasRole(Role.DIRECTOR)) {
            Button activate = new Button(box.getTranslation("segec.section.activate"));
            activate.setId("segec-activate");
            activate.addClickListener(e -> act(box, () -> activations.activate(m.id()), "segec.section.sent", consent, account, m.id()));
            Button renew = new Button(box.getTranslation("segec.section.renew"));
            renew.setId("segec-renew");
            renew.addClickListener(e -> act(box, () -> activations.activate(m.id()), "segec.section.sent", consent, account, m.id()));
            Button deactivate = new Button(box.getTranslation("segec.section.deactivate"));
            deactivate.setId("segec-deactivate");
            deactivate.addClickListener(e -> act(box, () -> activations.deactivate(m.id()), "segec.section.sent", consent, account, m.id()));
            box.add(new HorizontalLayout(activate, renew, deactivate));
        }
        return box;
    }

    private void show(Div box, SegecMember m, Checkbox consent, Paragraph account) {
        consent.setValue(m.consent().isPresent());
        consent.setLabel(box.getTranslation("segec.section.consent") + " — " + SegecTexts.consent(box, m.consent()));
        account.setText(box.getTranslation("segec.section.account", SegecTexts.account(box, m.account())));
    }

    private void act(Div box, Runnable action, String doneKey, Checkbox consent, Paragraph account, long staffId) {
        try {
            action.run();
            if (doneKey != null) SegecTexts.notify(box.getTranslation(doneKey), NotificationVariant.SUCCESS);
        } catch (SegecException | ModuleDisabledException e) {
            SegecTexts.notify(e.getMessage(), NotificationVariant.ERROR);
        }
        forms.member(staffId).ifPresent(m -> show(box, m, consent, account));
    }

    private com.vaadin.flow.component.Component own(SegecMember m) {
        Div box = new Div();
        box.setId("segec-section");
        Paragraph account = new Paragraph(box.getTranslation("segec.section.account", SegecTexts.account(box, m.account())));
        account.setId("segec-account");
        Paragraph consent = new Paragraph(box.getTranslation("segec.section.consent") + " — " + SegecTexts.consent(box, m.consent()));
        consent.setId("segec-consent-state");
        Anchor form = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = forms.printMine();
            return new DownloadResponse(new ByteArrayInputStream(pdf), "autorisation-segec.pdf", "application/pdf", pdf.length);
        }), box.getTranslation("segec.section.myForm"));
        form.setId("segec-my-form");
        form.getElement().setAttribute("download", "autorisation-segec.pdf");
        box.add(account, consent, form);
        return box;
    }
}
