package org.preau.base.ui;

import org.preau.base.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where the Vaadin components' own English defaults become French: the drawer and
 * menu toggles' spoken labels, "More options", the password reveal button, the date picker's
 * months and buttons, the login form, the upload, the grid's selection boxes, the confirm dialog
 * and the connection indicator ("Connection lost, trying to reconnect...").
 * <p>
 * Each component's i18n object (what {@code setI18n(...)} sets in Java) gets French defaults in
 * the browser, before the first component is created ({@code french-defaults.js}, put at the top
 * of every page by {@link FrenchPages}): so a dialog opened later, a grid's selection column or
 * the connection indicator that no screen builds are French too, and no screen has to remember
 * it. A screen that sets its own texts keeps them. The texts come from the translation bundle.
 */
final class FrenchDefaults {

    private static final String DAYS = "component.datePicker.weekdays";

    private FrenchDefaults() {
    }

    /** The script, ready to be inlined in the page's head. */
    static String script() {
        try (InputStream in = FrenchDefaults.class.getResourceAsStream("french-defaults.js")) {
            if (in == null) throw new IllegalStateException("french-defaults.js missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("/*TEXTS*/", Json.of(texts()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> texts() {
        Map<String, Object> i18n = new LinkedHashMap<>();
        i18n.put("vaadin-app-layout", Map.of("drawer", t("component.appLayout.drawer")));
        Map<String, Object> sideNav = Map.of("toggle", t("component.sideNav.toggle"));
        i18n.put("vaadin-side-nav", sideNav);
        i18n.put("vaadin-side-nav-item", sideNav);
        i18n.put("vaadin-menu-bar", Map.of("moreOptions", t("component.menuBar.moreOptions")));
        i18n.put("vaadin-avatar", Map.of("anonymous", t("component.avatar.anonymous")));
        i18n.put("vaadin-date-picker", datePicker());
        i18n.put("vaadin-login-form", login());
        i18n.put("vaadin-login-overlay", login());
        i18n.put("vaadin-upload", upload(true));
        i18n.put("vaadin-upload-file-list", upload(false));
        i18n.put("vaadin-multi-select-combo-box", Map.of(
                "cleared", t("component.multiSelect.cleared"), "focused", t("component.multiSelect.focused"),
                "selected", t("component.multiSelect.selected"), "deselected", t("component.multiSelect.deselected"),
                "total", t("component.multiSelect.total")));
        List<Map<String, String>> props = List.of(
                prop("vaadin-drawer-toggle", "ariaLabel", null, "Toggle navigation panel", "layout.toggleMenu"),
                prop("vaadin-password-field", "i18n", "reveal", "Show password", "component.password.reveal"),
                prop("vaadin-confirm-dialog", "confirmText", null, "Confirm", "component.confirm.confirm"),
                prop("vaadin-confirm-dialog", "rejectText", null, "Reject", "component.confirm.reject"),
                prop("vaadin-confirm-dialog", "cancelText", null, "Cancel", "component.confirm.cancel"),
                prop("vaadin-connection-indicator", "onlineText", null, "Online", "component.connection.online"),
                prop("vaadin-connection-indicator", "offlineText", null, "Connection lost", "component.connection.offline"),
                prop("vaadin-connection-indicator", "reconnectingText", null, "Connection lost, trying to reconnect...",
                        "component.connection.reconnecting"));
        return Map.of("i18n", i18n, "props", props,
                "grid", Map.of("Select All", t("component.grid.selectAll"), "Select Row", t("component.grid.selectRow")));
    }

    private static Map<String, Object> datePicker() {
        return Map.of("monthNames", List.of(t("component.datePicker.months").split(",")),
                "weekdays", List.of(t(DAYS).split(",")),
                "weekdaysShort", List.of(t("component.datePicker.weekdaysShort").split(",")),
                "firstDayOfWeek", 1,
                "today", t("component.datePicker.today"),
                "cancel", t("component.datePicker.cancel"));
    }

    private static Map<String, Object> login() {
        return Map.of(
                "form", Map.of("title", t("login.form.title"), "username", t("login.username"),
                        "password", t("login.password"), "submit", t("login.submit"),
                        "forgotPassword", t("component.login.forgotPassword")),
                "errorMessage", Map.of("title", t("login.error.title"), "message", t("login.error.message"),
                        "username", t("login.error.username"), "password", t("login.error.password")));
    }

    private static Map<String, Object> upload(boolean withButtons) {
        Map<String, Object> texts = new LinkedHashMap<>();
        if (withButtons) {
            texts.put("addFiles", Map.of("one", t("upload.add"), "many", t("upload.add")));
            texts.put("dropFiles", Map.of("one", t("upload.drop"), "many", t("upload.drop")));
        }
        texts.put("file", Map.of("retry", t("upload.retry"), "start", t("upload.start"), "remove", t("upload.remove")));
        texts.put("error", Map.of("tooManyFiles", t("upload.tooMany"), "fileIsTooBig", t("component.upload.tooBig"),
                "incorrectFileType", t("upload.wrongType")));
        texts.put("uploading", Map.of(
                "status", Map.of("connecting", t("upload.connecting"), "stalled", t("upload.stalled"),
                        "processing", t("upload.processing"), "held", t("upload.held")),
                "remainingTime", Map.of("prefix", t("upload.remaining") + " ", "unknown", t("upload.remainingUnknown")),
                "error", Map.of("serverUnavailable", t("upload.serverUnavailable"), "unexpectedServerError", t("upload.serverError"),
                        "forbidden", t("upload.forbidden"), "fileTooLarge", t("component.upload.tooBig"))));
        texts.put("units", Map.of("size", List.of("o", "ko", "Mo", "Go", "To", "Po", "Eo", "Zo", "Yo")));
        return texts;
    }

    private static Map<String, String> prop(String tag, String prop, String key, String english, String translation) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("tag", tag);
        p.put("prop", prop);
        if (key != null) p.put("key", key);
        p.put("en", english);
        p.put("fr", t(translation));
        return p;
    }

    private static String t(String key) {
        return Texts.get(key);
    }

    /** Just enough JSON for strings, numbers, lists and maps; safe inside a script element. */
    static final class Json {
        private Json() {
        }

        static String of(Object value) {
            StringBuilder out = new StringBuilder();
            write(value, out);
            return out.toString();
        }

        private static void write(Object value, StringBuilder out) {
            switch (value) {
                case null -> out.append("null");
                case Number n -> out.append(n);
                case Map<?, ?> map -> {
                    out.append('{');
                    String sep = "";
                    for (Map.Entry<?, ?> e : map.entrySet()) {
                        out.append(sep);
                        write(String.valueOf(e.getKey()), out);
                        out.append(':');
                        write(e.getValue(), out);
                        sep = ",";
                    }
                    out.append('}');
                }
                case List<?> list -> {
                    out.append('[');
                    String sep = "";
                    for (Object item : list) {
                        out.append(sep);
                        write(item, out);
                        sep = ",";
                    }
                    out.append(']');
                }
                default -> {
                    out.append('"');
                    for (char c : value.toString().toCharArray()) {
                        // < escaped so that no text can close the script element
                        if (c == '"' || c == '\\') out.append('\\').append(c);
                        else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') out.append(String.format("\\u%04x", (int) c));
                        else out.append(c);
                    }
                    out.append('"');
                }
            }
        }
    }
}
