package org.preau.base;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class BaseConfiguration {

    /** Injected wherever time matters, so that tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
