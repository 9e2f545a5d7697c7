package org.preau.exchange;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One import, export or transfer of one establishment. */
@Entity
@Table(name = "exchange")
class Exchange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long establishmentId;
    private Long schoolYearId;

    @Enumerated(EnumType.STRING)
    private ExchangeKind kind;

    @Enumerated(EnumType.STRING)
    private ExchangeDirection direction;

    @Enumerated(EnumType.STRING)
    private ExchangeStatus status;

    private Instant startedAt;
    private Instant finishedAt;
    private String startedBy;
    private String startedByName;
    private String summary;
    private String counts;
    private String payloadName;
    private String payloadType;
    private Long payloadSize;

    /** Two settlements of one exchange at once: the second fails at commit and is retried, none is lost. */
    @jakarta.persistence.Version
    private long version;

    protected Exchange() {
    }

    Exchange(long establishmentId, ExchangeRecord record, String startedBy, Instant now) {
        this.establishmentId = establishmentId;
        this.schoolYearId = record.schoolYearId();
        this.kind = record.kind();
        this.direction = record.direction();
        this.startedBy = startedBy;
        this.startedAt = record.startedAt() == null ? now : record.startedAt();
        if (record.payload() != null) {
            this.payloadName = record.payload().name();
            this.payloadType = record.payload().contentType();
            this.payloadSize = (long) record.payload().content().length;
        }
        update(record.status(), record.summary(), record.counts(), now);
    }

    void update(ExchangeStatus status, String summary, Map<String, Integer> counts, Instant now) {
        this.status = status;
        this.summary = summary == null ? null : abbreviate(summary, 1000);
        this.counts = encode(counts);
        this.finishedAt = status == ExchangeStatus.PENDING ? null : now;
    }

    /** Like {@link #update}, but a null argument keeps what the row holds. */
    void settle(ExchangeStatus status, String summary, Map<String, Integer> counts, Instant now) {
        update(status == null ? this.status : status, summary == null ? this.summary : summary,
                counts == null ? decode(this.counts) : counts, now);
    }

    /** The name of who started it, as shown to people (the username stays the key). */
    void startedByName(String name) {
        this.startedByName = name == null ? null : abbreviate(name, 200);
    }

    ExchangeSummary toSummary() {
        return new ExchangeSummary(id, kind, direction, schoolYearId, status, startedAt, finishedAt, startedBy, summary,
                decode(counts), payloadName, payloadSize, startedByName);
    }

    /** The columns of a new row, in the order of {@link ExchangeStore#INSERT_COLUMNS} (a batch written without JPA). */
    Object[] insertValues() {
        return new Object[]{establishmentId, schoolYearId, kind.name(), direction.name(), status.name(),
                java.sql.Timestamp.from(startedAt), finishedAt == null ? null : java.sql.Timestamp.from(finishedAt), startedBy,
                startedByName, summary, counts, payloadName, payloadType, payloadSize};
    }

    Long getId() {
        return id;
    }

    long getEstablishmentId() {
        return establishmentId;
    }

    String getPayloadName() {
        return payloadName;
    }

    String getPayloadType() {
        return payloadType;
    }

    private static String encode(Map<String, Integer> counts) {
        if (counts == null || counts.isEmpty()) return null;
        StringBuilder text = new StringBuilder();
        counts.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return abbreviate(text.toString(), 4000);
    }

    private static Map<String, Integer> decode(String counts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        if (counts == null) return map;
        for (String line : counts.split("\n")) {
            int eq = line.lastIndexOf('=');
            if (eq > 0) map.put(line.substring(0, eq), Integer.valueOf(line.substring(eq + 1)));
        }
        return map;
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
