package org.preau.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;


/**
 * {@code preau.transfers.*}: when the daily job runs and the largest consent scan. The other Préau
 * instances are in {@link FederationProperties}.
 */
@ConfigurationProperties("preau.transfers")
class TransferProperties {

    /** Cron of the daily job. */
    private String cron = "0 30 3 * * *";

    /** Largest scanned consent form accepted. */
    private long consentFormMaxBytes = 5L * 1024 * 1024;

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
}
