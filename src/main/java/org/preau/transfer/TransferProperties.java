package org.preau.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code preau.transfers.*}: when the daily job runs, and the directory of the other Préau
 * instances, by UAI of their establishments (an administrator's configuration, like the other
 * peers' keys: the keys are secrets that belong in the environment, not in a table a screen edits).
 */
@ConfigurationProperties("preau.transfers")
public class TransferProperties {

    /** Cron of the daily job. */
    private String cron = "0 30 3 * * *";

    /** Largest scanned consent form accepted. */
    private long consentFormMaxBytes = 5L * 1024 * 1024;

    /** UAI of an establishment served by another Préau → its base URL and the API token it gave us. */
    private Map<String, Instance> directory = new LinkedHashMap<>();

    public String getCron() {
        return cron;
    }

    public void setCron(String cron) {
        this.cron = cron;
    }

    public long getConsentFormMaxBytes() {
        return consentFormMaxBytes;
    }

    public void setConsentFormMaxBytes(long consentFormMaxBytes) {
        this.consentFormMaxBytes = consentFormMaxBytes;
    }

    public Map<String, Instance> getDirectory() {
        return directory;
    }

    public void setDirectory(Map<String, Instance> directory) {
        this.directory = directory;
    }

    public static class Instance {
        private String baseUrl;
        private String apiKey;

        public String getBaseUrl() {
            return baseUrl;
        }

        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        public String getApiKey() {
            return apiKey;
        }

        public void setApiKey(String apiKey) {
            this.apiKey = apiKey;
        }
    }
}
