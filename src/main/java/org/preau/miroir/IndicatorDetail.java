package org.preau.miroir;

import java.math.BigDecimal;
import java.util.List;

/**
 * One source row behind an indicator: a pupil, a teacher or a line of the capital-périodes, with
 * what it adds to the indicator (its contribution).
 *
 * @param source    the kind of source row, in French ("Élève", "Capital-périodes")
 * @param reference where to find it (learner id, staff id, line of the capital-périodes file)
 * @param cells     the row's values, in the order of {@link Indicator#columns()}
 */
public record IndicatorDetail(String source, String reference, List<String> cells, BigDecimal contribution) {
}
