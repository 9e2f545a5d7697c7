package org.preau.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The one way a screen tells the user something happened: at the top, errors staying longer to be read. */
public final class Notify {

    private Notify() {
    }

    public static Notification show(String message, NotificationVariant variant) {
        int duration = variant == NotificationVariant.ERROR || variant == NotificationVariant.WARNING ? 8000 : 5000;
        Notification notification = Notification.show(message, duration, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        return notification;
    }

    public static Notification success(String message) {
        return show(message, NotificationVariant.SUCCESS);
    }

    public static Notification error(String message) {
        return show(message, NotificationVariant.ERROR);
    }
}
