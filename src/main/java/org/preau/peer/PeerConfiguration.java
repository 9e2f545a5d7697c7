package org.preau.peer;

import org.preau.establishment.EtablissementService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PeerProperties.class)
class PeerConfiguration {

    @Bean
    PeerHttp peerHttp(Clock clock) {
        return new PeerHttp(clock);
    }

    @Bean
    PeerEndpointResolver segecEndpoints(PeerProperties properties, EtablissementService etablissements, Environment environment) {
        return new ConfiguredEndpoints(PeerKind.SEGEC, properties.getSegec(), "/sandbox/segec", etablissements, environment);
    }

    @Bean
    PeerEndpointResolver miroirEndpoints(PeerProperties properties, EtablissementService etablissements, Environment environment) {
        return new ConfiguredEndpoints(PeerKind.MIROIR, properties.getMiroir(), "/sandbox/miroir", etablissements, environment);
    }
}
