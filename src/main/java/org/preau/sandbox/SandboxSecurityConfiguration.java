package org.preau.sandbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The sandbox's HTTP API speaks the peers' contract: no session, no CSRF, no login page; each
 * endpoint checks the bearer key itself ({@link SandboxKeys}), as the real peer would.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "preau.sandbox.enabled", havingValue = "true")
class SandboxSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain sandboxApiFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/sandbox/*/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }
}
