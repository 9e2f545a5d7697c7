package org.preau.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address people reach Préau at, for links in mails and in the log: {@code preau.public-url}
 * ({@code PREAU_PUBLIC_URL}), else this server on localhost. Never the request's Host header: a
 * forged one would send a reset link to someone else's site.
 */
@Component
public class PublicAddress {

    private final String configured;
    private final Environment environment;

    PublicAddress(@Value("${preau.public-url:}") String configured, Environment environment) {
        this.configured = configured == null ? "" : configured.strip().replaceAll("/+$", "");
        this.environment = environment;
    }

    /** The address of a page with a one-time token, e.g. {@code https://preau.example/mot-de-passe/nouveau?jeton=...}. */
    public String link(String route, String token) {
        return base() + "/" + route + "?jeton=" + token;
    }

    public String base() {
        if (!configured.isEmpty()) return configured;
        return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }
}
