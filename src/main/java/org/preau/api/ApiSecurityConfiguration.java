package org.preau.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The filter chain of {@code /api/**}, ordered before the screens' chain (whatever the login,
 * local or Keycloak): stateless, no session, no CSRF (no cookie is ever read), no login page;
 * a bearer token or a 401 in JSON.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /** The paths of each scope; a new endpoint under {@code /api/**} is added to one of them. */
    static final String[] IMPORTS_PATHS = {"/api/imports/**"};
    static final String[] LEARNER_TRANSFERS_PATHS = {"/api/v1/learner-transfers", "/api/v1/learner-transfers/**"};

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenStore store, PlatformTransactionManager transactions, Clock clock)
            throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .addFilterBefore(new ApiTokenFilter(store, new TransactionTemplate(transactions), clock), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // Each endpoint requires its scope; an endpoint without a declared scope is refused to all.
                        .requestMatchers(IMPORTS_PATHS).hasAuthority(ApiScope.IMPORTS.authority())
                        .requestMatchers(LEARNER_TRANSFERS_PATHS).hasAuthority(ApiScope.LEARNER_TRANSFERS.authority())
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            json(response, HttpStatus.UNAUTHORIZED, "api.error.unauthorized");
                        })
                        .accessDeniedHandler((request, response, e) -> json(response, HttpStatus.FORBIDDEN, "api.error.forbidden")));
        return http.build();
    }

    private static void json(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String messageKey)
            throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String message = org.preau.base.Texts.get(messageKey).replace("\\", "\\\\").replace("\"", "\\\"");
        response.getWriter().write("{\"error\":\"" + message + "\"}");
    }
}
