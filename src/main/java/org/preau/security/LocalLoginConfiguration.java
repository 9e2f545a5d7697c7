package org.preau.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.preau.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/** Form login with local accounts: the embedded default. Off when the {@code keycloak} profile is on. */
@Configuration(proxyBeanMethods = false)
@Profile("!keycloak")
class LocalLoginConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle) throws Exception {
        http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        // The app's static stylesheets and images must load on the login page too.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/images/**").permitAll()
                .requestMatchers(new UnknownAddresses()).permitAll());
        http.addFilterAfter(new UnknownAddresses.NotFoundStatus(), org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    SignInThrottleFilter.Events signInThrottleEvents(SignInThrottle throttle) {
        return new SignInThrottleFilter.Events(throttle);
    }
}
