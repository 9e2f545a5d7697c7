/** The main layout (side navigation, establishment and school year, user menu) and the home page. */
@org.springframework.modulith.ApplicationModule(displayName = "Interface")
package org.preau.ui;
