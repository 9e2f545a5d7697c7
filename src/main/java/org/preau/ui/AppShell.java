package org.preau.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Styles are plain CSS served from {@code frontend/} (mapped to static resources): no npm build.
 * Once any stylesheet is declared, the theme's must be declared too.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/preau.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {
}
