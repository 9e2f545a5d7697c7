package org.preau.support;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts back the security-context strategy of the Spring context a test runs in.
 * <p>
 * Vaadin installs its own strategy (with a thread-local of its own) as the global one when a
 * context starts. A test class with a context of its own (one declaring a nested test
 * configuration) therefore leaves its strategy behind; the next class that runs in the shared
 * context would write the signed-in user into that foreign strategy while the shared context's
 * method security reads its own, and every secured call would fail as "not signed in".
 * Runs before Spring Security's {@code WithSecurityContextTestExecutionListener} (order 10000).
 */
public class SecurityStrategyOfTheContext implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 9_000;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        restore(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        restore(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        restore(testContext);
    }

    private static void restore(TestContext testContext) {
        if (!testContext.hasApplicationContext()) return;
        ApplicationContext context = testContext.getApplicationContext();
        SecurityContextHolderStrategy own = context.getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (own != null && own != SecurityContextHolder.getContextHolderStrategy()) {
            SecurityContextHolder.setContextHolderStrategy(own);
        }
    }
}
