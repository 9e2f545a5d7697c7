package org.preau.exchange;

/** The original file of an exchange, as it was received or sent. */
public record ExchangePayload(String name, String contentType, byte[] content) {
}
