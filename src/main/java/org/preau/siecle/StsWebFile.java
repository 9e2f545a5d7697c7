package org.preau.siecle;

import org.preau.exchange.ExchangeMessage;
import org.preau.staff.StaffSnapshot;

import java.util.List;
import java.util.Map;

/** What an STS-WEB export holds, read and checked: its establishment, year, staff and structures. */
record StsWebFile(String uai, int year, StaffSnapshot snapshot, Map<String, Integer> counts, List<ExchangeMessage> warnings) {
}
