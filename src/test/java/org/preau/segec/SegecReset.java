package org.preau.segec;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For the tests that send to the SeGEC peer: the demo école's SeGEC data reset before each test,
 * and the sends a test left waiting failed after it, so that they never reach the next test's peer.
 * Register it after the {@code PeerStub}, so that it runs before the peer stops.
 */
final class SegecReset implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SegecFixtures.reset(jdbc(context));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SegecFixtures.failWaitingSends(jdbc(context));
    }

    private static JdbcTemplate jdbc(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(JdbcTemplate.class);
    }
}
