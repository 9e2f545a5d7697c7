package org.preau.miroir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One Miroir indicator with the detail of its calculation.
 * <p>
 * {@link Aggregation#SUM}: the value is the sum of the details' contributions.
 * {@link Aggregation#RATE}: the value is the percentage of the details whose contribution is 1
 * (e.g. passed among the pupils who sat the CEB), to one decimal.
 *
 * @param columns the French headers of the details' cells
 */
public record Indicator(String code, String label, BigDecimal value, String unit, Aggregation aggregation, List<String> columns,
                        List<IndicatorDetail> details) {

    public enum Aggregation {
        SUM, RATE
    }

    static Indicator of(String code, String label, String unit, Aggregation aggregation, List<String> columns,
                        List<IndicatorDetail> details) {
        return new Indicator(code, label, valueOf(aggregation, details), unit, aggregation, columns, List.copyOf(details));
    }

    /** The value the details give: what the tests compare with the indicator. */
    public static BigDecimal valueOf(Aggregation aggregation, List<IndicatorDetail> details) {
        BigDecimal sum = details.stream().map(IndicatorDetail::contribution).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (aggregation == Aggregation.SUM) return sum;
        if (details.isEmpty()) return BigDecimal.ZERO.setScale(1, RoundingMode.HALF_UP);
        return sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(details.size()), 1, RoundingMode.HALF_UP);
    }
}
