package org.preau.miroir;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The detail of indicators as a CSV a spreadsheet opens (UTF-8 with BOM, {@code ;}). */
public final class IndicatorCsv {

    private IndicatorCsv() {
    }

    public static byte[] of(List<Indicator> indicators) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
            for (Indicator indicator : indicators) {
                List<String> header = new ArrayList<>(List.of("indicateur", "libelle", "valeur", "source", "reference"));
                header.addAll(indicator.columns());
                header.add("contribution");
                printer.printRecord(header);
                for (IndicatorDetail d : indicator.details()) {
                    List<String> row = new ArrayList<>(List.of(indicator.code(), indicator.label(), indicator.value().toPlainString(),
                            d.source(), d.reference()));
                    row.addAll(d.cells());
                    row.add(d.contribution().toPlainString());
                    printer.printRecord(row);
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
