package org.preau.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.preau.security.ui.RefusedLoginView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.util.Optional;

/**
 * Sends a refused or failed Keycloak sign-in to a French page instead of back to the login
 * endpoint (which would loop through Keycloak's still open session). When Keycloak did
 * authenticate the person, the page gets a link that ends that session as well.
 */
final class RefusedLoginHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger("org.preau.security.audit");

    private final ClientRegistrationRepository registrations;
    private final String registrationId;

    RefusedLoginHandler(ClientRegistrationRepository registrations, String registrationId) {
        this.registrations = registrations;
        this.registrationId = registrationId;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        RefusedLoginException.Reason reason = RefusedLoginException.Reason.FAILED;
        Optional<String> logoutUrl = Optional.empty();
        if (exception instanceof RefusedLoginException refused) {
            reason = refused.reason();
            logoutUrl = endSessionUrl(request, refused.idTokenValue());
        } else {
            log.warn("Failed sign-in through Keycloak: {}", exception.getMessage());
        }
        var session = request.getSession(true);
        logoutUrl.ifPresentOrElse(url -> session.setAttribute(RefusedLoginView.LOGOUT_URL_ATTRIBUTE, url),
                () -> session.removeAttribute(RefusedLoginView.LOGOUT_URL_ATTRIBUTE));
        response.sendRedirect(request.getContextPath() + "/" + RefusedLoginView.ROUTE + "?"
                + RefusedLoginView.REASON_PARAMETER + "=" + reason.code());
    }

    /** Keycloak's end-session URL that comes back to Préau's start page, as Préau's own logout does. */
    private Optional<String> endSessionUrl(HttpServletRequest request, String idToken) {
        ClientRegistration registration = registrations.findByRegistrationId(registrationId);
        if (registration == null || idToken == null) return Optional.empty();
        Object endpoint = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endpoint == null) return Optional.empty();
        String baseUrl = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
        return Optional.of(UriComponentsBuilder.fromUriString(endpoint.toString())
                .queryParam("id_token_hint", idToken)
                .queryParam("post_logout_redirect_uri", baseUrl)
                .encode().build().toUriString());
    }
}
