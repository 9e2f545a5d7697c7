package org.preau.transfer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.preau.base.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where the federation's calls are authenticated: another Préau instance presents
 * the token this instance expects from it ({@code preau.federation.instances.<name>.expected-token}),
 * and the call is signed in as that instance, with the single authority {@link #AUTHORITY}. Kept
 * apart from the establishments' API tokens (Paramètres › API): an instance is not an
 * establishment, and an administrator, not a director, decides which instances this one trusts.
 * <p>
 * The chain takes {@code GET /api/v1/establishments} and {@code POST /api/v1/transfer-requests}
 * always, and {@code POST /api/v1/learner-transfers} when the bearer is an instance's token (with an
 * establishment's API token that call stays on the API chain, as before). Ordered before that chain.
 */
@Configuration(proxyBeanMethods = false)
class FederationSecurity {

    static final String AUTHORITY = "ROLE_FEDERATION";
    static final String ESTABLISHMENTS = "/api/v1/establishments";
    static final String TRANSFER_REQUESTS = "/api/v1/transfer-requests";
    static final String LEARNER_TRANSFERS = "/api/v1/learner-transfers";

    private static final Logger audit = LoggerFactory.getLogger("org.preau.security.audit");

    @Bean
    @Order(0)
    SecurityFilterChain federationFilterChain(HttpSecurity http, FederationProperties properties,
                                              ObjectProvider<SecurityContextHolderStrategy> strategy) throws Exception {
        RequestMatcher federationCalls = request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.equals(ESTABLISHMENTS) || path.equals(TRANSFER_REQUESTS)) return true;
            return path.equals(LEARNER_TRANSFERS) && instanceOf(properties, bearer(request)).isPresent();
        };
        http.securityMatcher(federationCalls)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .addFilterBefore(new InstanceTokenFilter(properties, strategy), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(AUTHORITY))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problem(response, HttpStatus.UNAUTHORIZED);
                        })
                        .accessDeniedHandler((request, response, e) -> problem(response, HttpStatus.FORBIDDEN)));
        return http.build();
    }

    /** The instance whose expected token this is; compared in constant time. */
    static Optional<String> instanceOf(FederationProperties properties, String token) {
        if (token == null || token.isEmpty()) return Optional.empty();
        byte[] presented = token.getBytes(StandardCharsets.UTF_8);
        String found = null;
        for (Map.Entry<String, FederationProperties.Instance> e : properties.getInstances().entrySet()) {
            String expected = e.getValue().getExpectedToken();
            if (expected == null || expected.isBlank()) continue;
            if (MessageDigest.isEqual(presented, expected.getBytes(StandardCharsets.UTF_8))) found = e.getKey();
        }
        return Optional.ofNullable(found);
    }

    /** The instance that signed the current call in, if it is a federation call. */
    static Optional<String> callingInstance(SecurityContextHolderStrategy holder) {
        Authentication auth = holder.getContext().getAuthentication();
        if (auth == null || auth.getAuthorities().stream().noneMatch(a -> AUTHORITY.equals(a.getAuthority()))) return Optional.empty();
        return Optional.of(auth.getName());
    }

    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    }

    private static void problem(HttpServletResponse response, HttpStatus status) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String detail = Texts.get("transfer.federation.unauthorized").replace("\\", "\\\\").replace("\"", "\\\"");
        response.getWriter().write("{\"type\":\"https://preau.org/problems/federation-unauthorized\",\"title\":\""
                + status.getReasonPhrase() + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }

    /** Signs the call in as the instance whose token it presents; any other call stays anonymous (401). */
    private static final class InstanceTokenFilter extends OncePerRequestFilter {

        private final FederationProperties properties;
        private final ObjectProvider<SecurityContextHolderStrategy> strategy;

        InstanceTokenFilter(FederationProperties properties, ObjectProvider<SecurityContextHolderStrategy> strategy) {
            this.properties = properties;
            this.strategy = strategy;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            // the application's own strategy, which its method security reads (not whatever the static holder has)
            SecurityContextHolderStrategy holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
            holder.setContext(holder.createEmptyContext());
            Optional<String> instance = instanceOf(properties, bearer(request));
            if (instance.isPresent()) {
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(instance.get(), null,
                        List.of(new SimpleGrantedAuthority(AUTHORITY))));
                holder.setContext(context);
                audit.info("Federation call by instance '{}': {} {}", instance.get(), request.getMethod(), request.getRequestURI());
            } else {
                audit.warn("Federation call refused: no instance's token on {} {}", request.getMethod(), request.getRequestURI());
            }
            try {
                chain.doFilter(request, response);
            } finally {
                holder.clearContext();
            }
        }
    }
}
