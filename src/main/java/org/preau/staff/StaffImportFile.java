package org.preau.staff;

import org.preau.exchange.ExchangeKind;

import java.time.Instant;

/** The uploaded file behind an import, kept for the exchange history. */
public record StaffImportFile(ExchangeKind kind, String fileName, String contentType, byte[] content, Instant startedAt) {
}
