package org.preau.support;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each application started in the test JVM (the shared test context, a test with its own
 * configuration such as an {@code @Import}, the production-profile start-up test) installs its
 * own Vaadin security-context strategy in the static holder. {@code @WithUserDetails} writes the
 * user through the strategy bean of the test's own context, while {@code CurrentUser} reads the
 * static holder: before each test, the holder gets back the strategy of the test's context, so
 * that the order in which test classes run does not matter.
 */
public class SecurityStrategyOfTheTestContext implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        // Before WithSecurityContextTestExecutionListener (10000) sets the user up.
        return 9000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) return;
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        beforeTestMethod(testContext);
    }
}
