package org.preau.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Not a benchmark: the last step of {@code bench/run}. Reads the figures every run collected
 * ({@code <results>/run-N/figures.tsv}, the {@link Figures} lines) and the goals
 * ({@code bench/goals.tsv}), and prints one Markdown table: median and spread over the runs, the
 * limit measured in the same runs, the ratio (computed run by run, then its median) and pass/miss.
 *
 * <pre>arguments: &lt;results dir&gt; &lt;goals file&gt;</pre>
 */
public final class BenchTable {

    /**
     * One line of goals.tsv: {@code <= 2x limit.3000}, {@code <= 1000 ms}, {@code >= 100 pages}, {@code -} (a baseline), or
     * {@code - x limit.3000} (a baseline shown with its ratio to a limit).
     */
    record Goal(String figure, String text, String description) {

        boolean relative() {
            return text.contains("x ");
        }

        boolean atMost() {
            return text.startsWith("<=");
        }

        double bound() {
            String number = text.substring(2).strip().split("[x ]")[0];
            return Double.parseDouble(number);
        }

        String limit() {
            return relative() ? text.substring(text.indexOf("x ") + 2).strip() : null;
        }
    }

    private BenchTable() {
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        List<Goal> goals = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t");
            goals.add(new Goal(cells[0].strip(), cells[1].strip(), cells.length > 2 ? cells[2].strip() : ""));
        }
        // run → figure → value
        Map<String, Map<String, Double>> runs = new TreeMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(results)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("run-")).sorted().toList()) {
                Map<String, Double> figures = new LinkedHashMap<>();
                Path file = dir.resolve("figures.tsv");
                if (Files.exists(file)) {
                    for (String line : Files.readAllLines(file)) {
                        String[] cells = line.split("\t");
                        if (cells.length < 4 || !cells[0].equals("FIGURE")) continue;
                        figures.put(cells[1], Double.parseDouble(cells[2]));
                        units.put(cells[1], cells[3]);
                    }
                }
                runs.put(dir.getFileName().toString(), figures);
                Path note = dir.resolve("machine.txt");
                if (Files.exists(note)) notes.add(dir.getFileName() + ": " + String.join("; ", Files.readAllLines(note)));
            }
        }
        System.out.println("| figure | goal | median | spread | limit (median) | ratio (median, spread) | result |");
        System.out.println("|---|---|---:|---:|---:|---:|---|");
        for (Goal goal : goals) {
            List<Double> values = values(runs, goal.figure());
            String unit = units.getOrDefault(goal.figure(), "");
            String name = goal.description().isEmpty() ? goal.figure() : goal.description() + " (`" + goal.figure() + "`)";
            if (values.isEmpty()) {
                System.out.printf(Locale.ROOT, "| %s | %s | – | – | | | not measured |%n", name, goalText(goal));
                continue;
            }
            String median = format(Figures.median(values), unit);
            String spread = values.size() > 1 ? format(min(values), unit) + "–" + format(max(values), unit) : "one run";
            String limit = "";
            String ratio = "";
            String result;
            if (goal.text().startsWith("-") && !goal.relative()) {
                result = "baseline";
            } else if (goal.relative()) {
                List<Double> ratios = new ArrayList<>();
                List<Double> limits = new ArrayList<>();
                for (Map<String, Double> run : runs.values()) {
                    Double v = run.get(goal.figure());
                    Double l = run.get(goal.limit());
                    if (v != null && l != null && l > 0) {
                        ratios.add(v / l);
                        limits.add(l);
                    }
                }
                if (ratios.isEmpty()) {
                    result = "no limit measured";
                } else {
                    double r = Figures.median(ratios);
                    limit = format(Figures.median(limits), units.getOrDefault(goal.limit(), unit));
                    ratio = String.format(Locale.ROOT, "%.2f×", r)
                            + (ratios.size() > 1 ? String.format(Locale.ROOT, " (%.2f–%.2f)", min(ratios), max(ratios)) : "");
                    result = goal.text().startsWith("-") ? "baseline" : pass(goal, r) ? "**pass**" : "**miss**";
                }
            } else {
                result = pass(goal, Figures.median(values)) ? "**pass**" : "**miss**";
            }
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", name, goalText(goal), median, spread, limit, ratio, result);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%d run(s). Machine during each run:%n", runs.size());
        for (String note : notes) System.out.println("- " + note);
    }

    private static String goalText(Goal goal) {
        if (goal.text().startsWith("-")) return "–";
        return goal.text().replace("<=", "≤").replace(">=", "≥").replace("x ", "× ");
    }

    private static boolean pass(Goal goal, double value) {
        return goal.atMost() ? value <= goal.bound() : value >= goal.bound();
    }

    private static List<Double> values(Map<String, Map<String, Double>> runs, String figure) {
        List<Double> values = new ArrayList<>();
        for (Map<String, Double> run : runs.values()) if (run.containsKey(figure)) values.add(run.get(figure));
        return values;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    private static String format(double value, String unit) {
        if (unit.equals("ms") && value >= 10_000) return String.format(Locale.ROOT, "%.1f s", value / 1000);
        if (unit.equals("ms") && value >= 100) return String.format(Locale.ROOT, "%.0f ms", value);
        if (unit.equals("ms")) return String.format(Locale.ROOT, "%.1f ms", value);
        return String.format(Locale.ROOT, "%.0f %s", value, unit);
    }
}
