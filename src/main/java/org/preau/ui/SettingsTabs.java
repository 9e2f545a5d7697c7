package org.preau.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import java.util.List;

/**
 * The tabs of Paramètres are the menu entries whose route starts with {@code parametres/}, in
 * their {@code @Menu(order)}: a page a feature adds there tomorrow becomes a tab without touching
 * the layout. {@link MenuConfiguration} already keeps only what the user's roles may open; the
 * module switches are asked here, as for the side menu.
 */
final class SettingsTabs {

    static final String PREFIX = "parametres/";

    private SettingsTabs() {
    }

    /** The Paramètres pages this user may open in the current establishment, in menu order. */
    static List<MenuEntry> offered(ModuleGuard guard) {
        return MenuConfiguration.getMenuEntries().stream().filter(SettingsTabs::isSettings).filter(guard::offers).toList();
    }

    static boolean isSettings(MenuEntry entry) {
        return path(entry).startsWith(PREFIX);
    }

    /** Menu paths come with or without the leading slash depending on how they were declared. */
    static String path(MenuEntry entry) {
        return entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
    }
}
