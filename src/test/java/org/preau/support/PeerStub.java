package org.preau.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.preau.peer.PeerProperties;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.util.function.Function;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * An outside peer (SeGEC or Miroir) played by WireMock: started before each test, with the
 * shared context's base URL of that peer pointed at it, and stopped after each test with the
 * configured URL put back. Register it on a field:
 * {@code @RegisterExtension final PeerStub peer = PeerStub.segec();}, then stub and verify on it.
 */
public final class PeerStub extends WireMockServer implements BeforeEachCallback, AfterEachCallback {

    private final Function<PeerProperties, PeerProperties.Endpoint> which;
    private PeerProperties.Endpoint endpoint;
    private String configuredBaseUrl;

    private PeerStub(Function<PeerProperties, PeerProperties.Endpoint> which) {
        super(options().dynamicPort());
        this.which = which;
    }

    public static PeerStub segec() {
        return new PeerStub(PeerProperties::getSegec);
    }

    public static PeerStub miroir() {
        return new PeerStub(PeerProperties::getMiroir);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        start();
        endpoint = which.apply(SpringExtension.getApplicationContext(context).getBean(PeerProperties.class));
        configuredBaseUrl = endpoint.getBaseUrl();
        endpoint.setBaseUrl(baseUrl());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        endpoint.setBaseUrl(configuredBaseUrl);
        stop();
    }
}
