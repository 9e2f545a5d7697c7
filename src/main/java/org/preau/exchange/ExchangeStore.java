package org.preau.exchange;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The payloads (gzip-compressed) and messages of exchanges, written with plain JDBC beside
 * {@link ExchangeRepository}: a payload is a large blob written once and read rarely, and the
 * messages of an import are thousands of rows; JPA would load or write them one entity at a time.
 */
@Component
class ExchangeStore {

    private final JdbcTemplate jdbc;

    ExchangeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static final String INSERT_COLUMNS = "establishment_id, school_year_id, kind, direction, status, started_at, finished_at, "
            + "started_by, started_by_name, summary, counts, payload_name, payload_type, payload_size";

    /** New exchanges in one statement; their ids in the same order (MariaDB's INSERT … RETURNING). */
    List<Long> insertAll(List<Exchange> exchanges) {
        if (exchanges.isEmpty()) return List.of();
        List<Object> args = new java.util.ArrayList<>(exchanges.size() * 14);
        for (Exchange e : exchanges) args.addAll(java.util.Arrays.asList(e.insertValues()));
        return jdbc.queryForList("insert into exchange (" + INSERT_COLUMNS + ", version) values "
                + String.join(", ", java.util.Collections.nCopies(exchanges.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"))
                + " returning id", Long.class, args.toArray());
    }

    /** The messages of exchanges just created, all in one batch. */
    void saveNewMessages(java.util.Map<Long, List<ExchangeMessage>> byExchange) {
        List<Object[]> rows = new java.util.ArrayList<>();
        byExchange.forEach((exchangeId, messages) -> {
            int position = 0;
            for (ExchangeMessage m : messages) {
                rows.add(new Object[]{exchangeId, ++position, m.severity().name(), cut(m.text(), 2000), cut(m.location(), 200)});
            }
        });
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into exchange_message (exchange_id, position, severity, text, location) values (?, ?, ?, ?, ?)", rows);
        }
    }

    void savePayload(long exchangeId, byte[] content) {
        jdbc.update("insert into exchange_payload (exchange_id, content) values (?, ?)", exchangeId, gzip(content));
    }

    Optional<byte[]> payload(long exchangeId) {
        return jdbc.query("select content from exchange_payload where exchange_id = ?",
                (rs, i) -> gunzip(rs.getBytes(1)), exchangeId).stream().findFirst();
    }

    void saveMessages(long exchangeId, List<ExchangeMessage> messages) {
        if (messages.isEmpty()) return;
        // Two statements, not one "insert … select max(position) + 1" on the same table: MariaDB runs that one
        // through a temporary table, ~4 ms each, 2 s of the daily transfer job's 974 settlements.
        Integer last = jdbc.queryForObject("select coalesce(max(position), 0) from exchange_message where exchange_id = ?",
                Integer.class, exchangeId);
        insertMessages(exchangeId, last == null ? 0 : last, messages);
    }

    /** The messages of an exchange just created (none yet): one batch, no look-up of the last position. */
    void saveNewMessages(long exchangeId, List<ExchangeMessage> messages) {
        if (!messages.isEmpty()) insertMessages(exchangeId, 0, messages);
    }

    private void insertMessages(long exchangeId, int lastPosition, List<ExchangeMessage> messages) {
        List<Object[]> rows = new java.util.ArrayList<>(messages.size());
        int position = lastPosition;
        for (ExchangeMessage m : messages) {
            rows.add(new Object[]{exchangeId, ++position, m.severity().name(), cut(m.text(), 2000), cut(m.location(), 200)});
        }
        jdbc.batchUpdate("insert into exchange_message (exchange_id, position, severity, text, location) values (?, ?, ?, ?, ?)", rows);
    }

    List<ExchangeMessage> messages(long exchangeId) {
        return jdbc.query("select severity, text, location from exchange_message where exchange_id = ? order by position",
                (rs, i) -> new ExchangeMessage(ExchangeMessage.Severity.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)),
                exchangeId);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, content.length / 8));
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] content) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
