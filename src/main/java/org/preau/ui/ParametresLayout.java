package org.preau.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;

/**
 * Paramètres as one page with tabs: every route under {@code parametres/} is shown inside this
 * layout (Vaadin picks it by the path of {@code @Layout}), so a feature's settings page needs no
 * import of {@code ui}. Each tab is a link to its own URL, so a tab can be bookmarked and the
 * back button goes to the previous tab.
 * <p>
 * A {@code nav} of links with {@code aria-current="page"} rather than {@code vaadin-tabs}: the
 * ARIA tab pattern is for panels switched within one page, and links inside {@code role=tab} are
 * nested interactive controls that screen readers announce twice.
 */
@Layout("/parametres")
@ParentLayout(MainLayout.class)
@PermitAll
public class ParametresLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final ModuleGuard moduleGuard;
    private final Nav tabs = new Nav();

    public ParametresLayout(ModuleGuard moduleGuard) {
        this.moduleGuard = moduleGuard;
        addClassName("settings-layout");
        tabs.setId("settings-tabs");
        tabs.addClassName("settings-tabs");
        tabs.setAriaLabel(getTranslation("settings.tabs"));
        add(tabs);
    }

    /** Rebuilt at each navigation: a module switched on or off shows or hides its tab at the next click. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String here = event.getLocation().getPath();
        tabs.removeAll();
        for (MenuEntry entry : SettingsTabs.offered(moduleGuard)) {
            tabs.add(tab(entry, SettingsTabs.path(entry).equals(here)));
        }
        // On a phone the bar scrolls sideways: bring the chosen tab into view.
        // (after the next paint: before it the bar may have no width yet)
        tabs.getElement().executeJs("const bar = this; requestAnimationFrame(() => {"
                + "const t = bar.querySelector('[aria-current=\"page\"]');"
                + "if (t) bar.scrollLeft = t.offsetLeft - (bar.clientWidth - t.offsetWidth) / 2; });");
    }

    @SuppressWarnings("unchecked")
    private RouterLink tab(MenuEntry entry, boolean current) {
        RouterLink link = new RouterLink(getTranslation(entry.title()), (Class<? extends Component>) entry.menuClass());
        link.addClassName("settings-tab");
        link.getElement().setAttribute("data-path", SettingsTabs.path(entry));
        if (current) link.getElement().setAttribute("aria-current", "page");
        return link;
    }
}
