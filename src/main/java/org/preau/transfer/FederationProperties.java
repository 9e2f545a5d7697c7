package org.preau.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code preau.federation.*}: the other Préau instances this one exchanges learner transfers with
 * (an administrator's configuration, like the other peers' keys: tokens and the secret belong in
 * the environment, never in a table a screen edits), and the secret shared by the whole federation
 * that keys the INE hashes of the questions.
 */
@ConfigurationProperties("preau.federation")
public class FederationProperties {

    /** Shared by every instance of the federation: the key of the HMAC-SHA-256 of the INE in a question. */
    private String secret;

    /** Cron of the daily refresh of the directory (what each instance says it serves). */
    private String refreshCron = "0 10 3 * * *";

    /** How many questions travel at once to one instance during a question round. */
    private int concurrency = 4;

    /** Instance name (free, e.g. {@code lycee-jean-moulin}) → how to reach it and how it proves itself. */
    private Map<String, Instance> instances = new LinkedHashMap<>();

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getRefreshCron() {
        return refreshCron;
    }

    public void setRefreshCron(String refreshCron) {
        this.refreshCron = refreshCron;
    }

    public int getConcurrency() {
        return concurrency;
    }

    public void setConcurrency(int concurrency) {
        this.concurrency = concurrency;
    }

    public Map<String, Instance> getInstances() {
        return instances;
    }

    public void setInstances(Map<String, Instance> instances) {
        this.instances = instances;
    }

    public static class Instance {
        /** Where it answers, e.g. {@code https://preau.lycee-moulin.fr}. */
        private String baseUrl;
        /** The token this instance presents to it (it expects this one from us). */
        private String token;
        /** The token it presents to this instance. */
        private String expectedToken;
        /** Optionally, its establishments' codes, before (or instead of) asking it. */
        private List<String> establishments = new ArrayList<>();

        public String getBaseUrl() {
            return baseUrl;
        }

        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }

        public String getExpectedToken() {
            return expectedToken;
        }

        public void setExpectedToken(String expectedToken) {
            this.expectedToken = expectedToken;
        }

        public List<String> getEstablishments() {
            return establishments;
        }

        public void setEstablishments(List<String> establishments) {
            this.establishments = establishments;
        }

        boolean usable() {
            return baseUrl != null && !baseUrl.isBlank() && token != null && !token.isBlank();
        }
    }
}
