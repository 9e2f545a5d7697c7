package org.preau.siecle;

import org.preau.exchange.ExchangeMessage;

import java.time.LocalDate;
import java.util.List;

/** A BEE export as read: its parameters, its pupils in file order, warnings and errors. */
record BeeFile(String uaj, Integer year, LocalDate exportDate, List<BeePupil> pupils, List<ExchangeMessage> warnings,
               List<ExchangeMessage> errors) {
}
