package org.preau.peer;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code preau.peers.*}: where SeGEC and Miroir answer, with which key, and how long Préau keeps
 * retrying. A blank base URL means Préau's own sandbox peer ({@code /sandbox/segec},
 * {@code /sandbox/miroir}), the embedded default.
 */
@ConfigurationProperties("preau.peers")
public class PeerProperties {

    private Endpoint segec = new Endpoint();
    private Endpoint miroir = new Endpoint();
    private Retry retry = new Retry();

    public Endpoint getSegec() { return segec; }
    public void setSegec(Endpoint segec) { this.segec = segec; }
    public Endpoint getMiroir() { return miroir; }
    public void setMiroir(Endpoint miroir) { this.miroir = miroir; }
    public Retry getRetry() { return retry; }
    public void setRetry(Retry retry) { this.retry = retry; }

    public static class Endpoint {
        /** e.g. https://extranet.example.org; blank: the sandbox peer of this instance. */
        private String baseUrl = "";
        /** The key for every establishment, unless {@link #apiKeys} names one for its code (FASE or UAI). */
        private String apiKey = "";
        private Map<String, String> apiKeys = new HashMap<>();

        public String getBaseUrl() { return baseUrl; }
        public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
        public String getApiKey() { return apiKey; }
        public void setApiKey(String apiKey) { this.apiKey = apiKey; }
        public Map<String, String> getApiKeys() { return apiKeys; }
        public void setApiKeys(Map<String, String> apiKeys) { this.apiKeys = apiKeys; }
    }

    public static class Retry {
        /** Wait before the second try; doubles at each try, up to {@link #maxDelay}. */
        private Duration firstDelay = Duration.ofMinutes(1);
        private Duration maxDelay = Duration.ofHours(1);
        /** After this long undelivered, a send is marked failed and shown on the dashboard. */
        private Duration giveUpAfter = Duration.ofHours(72);
        /** How often the retry job looks for due sends. */
        private Duration poll = Duration.ofSeconds(30);

        public Duration getFirstDelay() { return firstDelay; }
        public void setFirstDelay(Duration firstDelay) { this.firstDelay = firstDelay; }
        public Duration getMaxDelay() { return maxDelay; }
        public void setMaxDelay(Duration maxDelay) { this.maxDelay = maxDelay; }
        public Duration getGiveUpAfter() { return giveUpAfter; }
        public void setGiveUpAfter(Duration giveUpAfter) { this.giveUpAfter = giveUpAfter; }
        public Duration getPoll() { return poll; }
        public void setPoll(Duration poll) { this.poll = poll; }
    }
}
