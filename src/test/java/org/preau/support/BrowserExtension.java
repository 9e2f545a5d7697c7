package org.preau.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Hands a test method a fresh headless {@link Browser} pointed at the test's running application,
 * and closes it after the test, whatever happened:
 *
 * <pre>{@code
 * @PreauIntegrationTest
 * @ExtendWith(BrowserExtension.class)
 * class SomeEndToEndTest {
 *     @Test
 *     void the_secretary_does_it(Browser browser) { browser.logIn(SECRETAIRE, PASSWORD); … }
 * }
 * }</pre>
 * Replaces the {@code @BeforeEach}/{@code @AfterEach} pair each browser test used to write out.
 */
public final class BrowserExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
        Browser browser = new Browser("http://localhost:" + port);
        // The method's store is closed after the test: the browser quits even when the test fails.
        context.getStore(NAMESPACE).put(Browser.class, (AutoCloseable) browser);
        return browser;
    }
}
