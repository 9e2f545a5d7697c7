package org.preau.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The response headers of every filter chain (screens, API, federation, sandbox, Keycloak or local
 * login), in one place: Spring Security applies a {@code Customizer<HttpSecurity>} bean to every
 * {@link HttpSecurity} it makes, so a chain added later carries them without remembering to. See
 * {@code docs/security.md} for why the Content-Security-Policy allows what it allows.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

    /**
     * As strict as Vaadin Flow allows: its start page carries an inline bootstrap script and
     * {@code executeJs} evaluates code ({@code 'unsafe-inline' 'unsafe-eval'}); its web components
     * set inline styles; logos and generated images come as {@code data:}/{@code blob:} or from
     * the app itself; push and uploads speak to the app only.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'");

    /** Préau needs none of these browser features. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), magnetometer=(), gyroscope=(), accelerometer=()";

    @Bean
    Customizer<HttpSecurity> securityHeadersOnEveryChain() {
        return http -> {
            try {
                configure(http);
            } catch (Exception e) {
                throw new IllegalStateException("Security headers could not be set", e);
            }
        };
    }

    /**
     * nosniff, same-origin referrer, the CSP, the permissions policy, no framing; HSTS (one year)
     * is written by Spring Security on HTTPS requests only, i.e. behind the TLS proxy once the
     * forwarded headers are trusted ({@code server.forward-headers-strategy}).
     */
    static void configure(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentTypeOptions(options -> { })
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .addHeaderWriter((request, response) -> {
                    if (!response.containsHeader("Permissions-Policy")) response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
                })
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        // Written before the request is handled: Vaadin's pages are served through a forward to its
        // servlet, and headers left for the moment of commit never reached them.
        http.headers(headers -> headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        }));
    }

}
