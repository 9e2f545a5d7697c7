package org.preau.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.preau.security.ui.LoginView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web and method security. Views are guarded by their access annotations; service methods by
 * {@code @RolesAllowed} as well, so a rule holds even when a button is bypassed.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // The app's static stylesheets and images must load on the login page too.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/images/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

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
