package org.preau.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code GET /actuator/health} (and its {@code liveness} / {@code readiness} groups) answers
 * anyone, without a session: a load balancer or an orchestrator asks it of each node. It says UP or
 * DOWN and nothing else (no details, application.yaml); no other actuator endpoint is exposed, and
 * any other path or method under {@code /actuator} is refused here. The proxy in front of the
 * nodes keeps {@code /actuator} for itself (docs/production.md).
 */
@Configuration(proxyBeanMethods = false)
class HealthSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain healthFilterChain(HttpSecurity http) throws Exception {
        SecurityHeaders.configure(http);
        http.securityMatcher("/actuator", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }
}
