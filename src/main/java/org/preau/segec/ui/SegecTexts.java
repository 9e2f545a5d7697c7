package org.preau.segec.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.preau.base.ui.Notify;
import org.preau.segec.SegecAccount;
import org.preau.segec.SegecConsent;
import org.preau.segec.SegecMember;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How the SeGEC screens word a member's role, consent and account state. */
final class SegecTexts {

    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SegecTexts() {
    }

    static String role(Component c, SegecMember m) {
        return c.getTranslation(roleKey(m.role().name()));
    }

    static String roleKey(String role) {
        return "segec.role." + role;
    }

    private static String sourceKey(String source) {
        return "segec.consent.source." + source;
    }

    static String consent(Component c, Optional<SegecConsent> consent) {
        return consent.map(k -> c.getTranslation("segec.consent.recorded", DAY.format(k.recordedAt().atZone(ZONE)), k.recordedBy(),
                c.getTranslation(sourceKey(k.source())))).orElse(c.getTranslation("segec.consent.none"));
    }

    static String account(Component c, Optional<SegecAccount> account) {
        return account.map(a -> c.getTranslation(a.state().translationKey()) + (a.reason() == null ? "" : " — " + a.reason())
                + " (" + DAY.format(a.updatedAt().atZone(ZONE)) + ")").orElse(c.getTranslation("segec.account.none"));
    }

    /** Kept as a short name for the SeGEC screens' many calls; the shared helper does the work. */
    static void notify(String message, NotificationVariant variant) {
        Notify.show(message, variant);
    }
}
