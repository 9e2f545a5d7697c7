package org.preau.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The figures a benchmark hands to {@code bench/run}: one line each, {@code FIGURE<tab>id<tab>value<tab>unit},
 * on standard output beside the benchmark's own lines. {@code BenchTable} puts them against their
 * goals ({@code bench/goals.tsv}).
 */
final class Figures {

    private Figures() {
    }

    static void report(String id, double value, String unit) {
        System.out.printf(Locale.ROOT, "FIGURE\t%s\t%.3f\t%s%n", id, value, unit);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The value below which 90 % of the sorted values lie (nearest rank). */
    static double p90(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.9) - 1));
    }
}
