package org.preau.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Security shared by both logins (local accounts, or Keycloak with the {@code keycloak} profile).
 * Views are guarded by Vaadin's access annotations ({@code @RolesAllowed}); service methods by
 * {@code @PreAuthorize}, so a rule holds even when a button is bypassed. JSR-250 method security
 * stays off on purpose: it would wrap every annotated view in a proxy.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the algorithm recorded in each hash so that it can be upgraded later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Publishes refused method calls as events, so that {@link SecurityAuditLog} logs them. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
