package org.preau.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.UUID;

/**
 * Turns an unexpected error into a French message with
 * an error id that is also in the log, so that a user can quote it to support.
 */
@Component
class ErrorReporting implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorReporting.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ErrorReporting::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        if (rootCause(error) instanceof AccessDeniedException denied) {
            log.warn("Access refused during a UI action: {}", denied.getMessage());
            if (ui != null) show(ui, ui.getTranslation("error.accessDenied.action"));
            return;
        }
        String id = newErrorId();
        log.error("Unexpected error [{}]", id, error);
        if (ui != null) show(ui, ui.getTranslation("error.unexpected", id));
    }

    static String newErrorId() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static void show(UI ui, String message) {
        ui.access(() -> {
            Notification notification = Notification.show(message, 10_000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.ERROR);
        });
    }

    static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof AccessDeniedException) return cause;
            cause = cause.getCause();
        }
        return cause;
    }
}
