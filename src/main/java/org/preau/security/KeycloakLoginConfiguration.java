package org.preau.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Single sign-on with Keycloak (OpenID Connect): the {@code keycloak} profile, usually with
 * {@code prod}. Local accounts and the local login form are off; signing out of Préau ends the
 * Keycloak session too. The client is configured in {@code application-keycloak.yaml}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakLoginConfiguration {

    /** The client registration's id, as in {@code spring.security.oauth2.client.registration.keycloak}. */
    static final String REGISTRATION_ID = "keycloak";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, EtablissementDirectory establishments,
                                            ClientRegistrationRepository registrations) throws Exception {
        // The app's static stylesheets and images must load on the refusal page too.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/images/**").permitAll()
                .requestMatchers(new UnknownAddresses()).permitAll());
        http.addFilterAfter(new UnknownAddresses.NotFoundStatus(), org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        http.oauth2Login(login -> login
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new KeycloakUserService(establishments)))
                .failureHandler(new RefusedLoginHandler(registrations, REGISTRATION_ID)));
        // Back-channel logout: when Keycloak ends a session (sign-out elsewhere, an administrator
        // signing a disabled account out), it calls /logout/connect/back-channel/keycloak and the
        // Préau session ends at once instead of at its time-out.
        http.oidcLogout(logout -> logout.backChannel(org.springframework.security.config.Customizer.withDefaults()));
        // Sets the login entry point and the RP-initiated logout (back to Préau's start page).
        http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.oauth2LoginPage("/oauth2/authorization/" + REGISTRATION_ID, "{baseUrl}"));
        return http.build();
    }
}
