package org.chokepoint.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** The matching benchmark as Markdown, for the terminal and for docs/matching.md. */
public final class MatchingReport {
    private static final int EXAMPLES = 8;

    private MatchingReport() {}

    public static String markdown(MatchingBenchmark.Result r) {
        StringBuilder b = new StringBuilder();
        double t = r.threshold();
        b.append("## Matching benchmark\n\n");
        b.append(String.format(Locale.ROOT, "Target: `%s` (%,d entities). Index built in %.1f s.%n%n", r.target(), r.targetEntities(), r.indexSeconds()));
        b.append("| origin | pairs sharing an identifier | pairs no name can decide (identifier queries only) | queries |\n|---|---:|---:|---:|\n");
        r.truth().forEach((origin, built) -> b.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d |%n", origin, built.pairs(), built.undecidablePairs(), built.queries().size())));
        b.append(String.format(Locale.ROOT, "| negatives (not listed) | | | %,d |%n%n", r.negatives()));

        List<Outcome> names = r.ours().stream().filter(o -> !o.query().kind().equals("identifier")).toList();
        List<Outcome> ids = r.ours().stream().filter(o -> o.query().kind().equals("identifier")).toList();
        Metrics ours = Metrics.of(names, t);
        Metrics idm = Metrics.of(ids, t);
        b.append("| matcher | threshold | recall@1 (name queries) | hit precision | false-positive rate | identifier queries recall@1 | mean time per query |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|\n");
        b.append(row("chokepoint " + org.chokepoint.screening.ScorerV1.NAME, t, ours, pct(idm.recallAt1()), meanMicros(r.ours())));
        if (!r.baseline().isEmpty()) {
            Metrics base = Metrics.of(r.baseline(), r.baselineThreshold());
            b.append(row("brute-force Jaro-Winkler (its best-F1 threshold)", r.baselineThreshold(), base, "n/a", meanMicros(r.baseline())));
            Metrics base90 = Metrics.of(r.baseline(), 0.90);
            b.append(row("brute-force Jaro-Winkler", 0.90, base90, "n/a", meanMicros(r.baseline())));
            b.append(String.format(Locale.ROOT, "%nSpeed ratio (baseline mean time / chokepoint mean time): %.0fx.%n", mean(r.baseline()) / Math.max(1, mean(r.ours()))));
        }
        b.append("\nRecall@1: share of positive queries whose top answer at or above the threshold is the right entity. ")
                .append("Hit precision: right top answers over all top answers at or above the threshold, on positives and negatives. ")
                .append("False-positive rate: share of negatives with any answer at or above the threshold.\n\n");

        b.append("### Threshold trade-off (chokepoint, name queries and negatives)\n\n| threshold | recall@1 | hit precision | false-positive rate |\n|---:|---:|---:|---:|\n");
        for (int x = 60; x <= 95; x += 5) {
            Metrics m = Metrics.of(names, x / 100.0);
            b.append(String.format(Locale.ROOT, "| %.2f%s | %s | %s | %s |%n", x / 100.0, Math.abs(x / 100.0 - t) < 1e-9 ? " (default)" : "",
                    pct(m.recallAt1()), pct(m.precision()), pct(m.falsePositiveRate())));
        }
        b.append('\n');

        b.append("### By origin and query kind (chokepoint)\n\n| origin | kind | queries | recall@1 | hits | right hits |\n|---|---|---:|---:|---:|---:|\n");
        Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        for (Outcome o : r.ours()) groups.computeIfAbsent(o.query().origin() + "|" + o.query().kind(), k -> new ArrayList<>()).add(o);
        groups.forEach((k, list) -> {
            Metrics m = Metrics.of(list, t);
            String[] p = k.split("\\|");
            if (p[1].equals("negative")) {
                b.append(String.format(Locale.ROOT, "| %s | %s | %,d | | %,d | |%n", p[0], p[1], m.negatives(), m.falsePositives()));
            } else {
                b.append(String.format(Locale.ROOT, "| %s | %s | %,d | %s | %,d | %,d |%n", p[0], p[1], m.queries(), pct(m.recallAt1()), m.hitsOnPositives(), m.correctAt1()));
            }
        });

        if (r.retrieval()[2] > 0) {
            b.append(String.format(Locale.ROOT, "%n### Candidate retrieval%n%nOn %,d sampled name queries, exhaustive scoring of every entity found %,d matches at or above %.2f; "
                    + "retrieval proposed %,d of them: retrieval recall %s.%n", r.retrieval()[2], r.retrieval()[1], t, r.retrieval()[0],
                    pct(r.retrieval()[1] == 0 ? Double.NaN : (double) r.retrieval()[0] / r.retrieval()[1])));
            if (!r.retrievalMisses().isEmpty()) {
                b.append("\nMissed by retrieval (query -> entity):\n\n");
                for (String m : r.retrievalMisses()) b.append("- ").append(m).append('\n');
            }
        }

        b.append("\n### Failure classes (chokepoint, name queries)\n\n");
        Map<FailureClass, List<Outcome>> failures = new EnumMap<>(FailureClass.class);
        for (Outcome o : names) if (o.query().positive() && !o.correctAt1(t)) failures.computeIfAbsent(FailureClass.of(o, t), k -> new ArrayList<>()).add(o);
        if (failures.isEmpty()) b.append("None.\n");
        failures.forEach((cls, list) -> {
            b.append(String.format(Locale.ROOT, "**%s** (%,d)%n%n", cls.name().toLowerCase(Locale.ROOT).replace('_', ' '), list.size()));
            for (Outcome o : list.subList(0, Math.min(EXAMPLES, list.size()))) b.append("- ").append(example(o)).append('\n');
            b.append('\n');
        });
        b.append("**false positives on negatives** (").append(ours.falsePositives()).append(")\n\n");
        names.stream().filter(Predicate.not(o -> o.query().positive())).filter(o -> o.hit(t) != null).limit(EXAMPLES)
                .forEach(o -> b.append("- ").append(example(o)).append('\n'));
        return b.toString();
    }

    /**
     * Every wrong answer of the name queries, one tab-separated line each, for classifying failures: failure class
     * (or {@code false_positive}), origin, kind, source id, query name, country, type, expected ids with their names, rank of
     * the expected entity, and the top answer with its name and score.
     *
     * @param nameOf the primary name of a target entity id, never null (return "" when unknown)
     */
    public static String failuresTsv(MatchingBenchmark.Result r, java.util.function.Function<String, String> nameOf) {
        double t = r.threshold();
        StringBuilder b = new StringBuilder("class\torigin\tkind\tsource\tquery\tcountry\ttype\texpected\trank\texpected_score\ttop\ttop_score\n");
        for (Outcome o : r.ours()) {
            EvalQuery q = o.query();
            if (q.kind().equals("identifier")) continue;
            String cls;
            if (q.positive()) {
                if (o.correctAt1(t)) continue;
                cls = FailureClass.of(o, t).name().toLowerCase(Locale.ROOT);
            } else {
                if (o.hit(t) == null) continue;
                cls = "false_positive";
            }
            StringBuilder exp = new StringBuilder();
            for (String id : q.expected()) exp.append(exp.isEmpty() ? "" : " | ").append(id).append(' ').append(nameOf.apply(id));
            double expScore = o.answers().stream().filter(c -> q.expected().contains(c.entityId())).mapToDouble(Candidate::score).findFirst().orElse(Double.NaN);
            Candidate top = o.answers().isEmpty() ? null : o.answers().get(0);
            b.append(String.join("\t", cls, q.origin(), q.kind(), q.sourceId(), clean(q.name()), q.country() == null ? "" : q.country(), q.schema().label(), clean(exp.toString()),
                    Integer.toString(o.rankOfExpected()), Double.isNaN(expScore) ? "" : String.format(Locale.ROOT, "%.3f", expScore),
                    top == null ? "" : clean(top.entityId() + " " + nameOf.apply(top.entityId())), top == null ? "" : String.format(Locale.ROOT, "%.3f", top.score()))).append('\n');
        }
        return b.toString();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    private static String example(Outcome o) {
        String top = o.answers().isEmpty() ? "nothing" : String.format(Locale.ROOT, "%s %.2f", o.answers().get(0).entityId(), o.answers().get(0).score());
        return String.format(Locale.ROOT, "`%s` (%s, %s) expected %s, rank %d; top: %s", o.query().name(), o.query().sourceId(),
                o.query().country() == null ? "-" : o.query().country(), o.query().expected().isEmpty() ? "nothing" : String.join(" ", o.query().expected()),
                o.rankOfExpected(), top);
    }

    private static String row(String name, double threshold, Metrics m, String idRecall, String time) {
        return String.format(Locale.ROOT, "| %s | %.2f | %s (%,d/%,d) | %s | %s (%,d/%,d) | %s | %s |%n", name, threshold, pct(m.recallAt1()), m.correctAt1(), m.queries(),
                pct(m.precision()), pct(m.falsePositiveRate()), m.falsePositives(), m.negatives(), idRecall, time);
    }

    private static double mean(List<Outcome> os) {
        return os.stream().mapToLong(Outcome::nanos).average().orElse(0);
    }

    private static String meanMicros(List<Outcome> os) {
        double m = mean(os);
        return m >= 1e6 ? String.format(Locale.ROOT, "%.1f ms", m / 1e6) : String.format(Locale.ROOT, "%.0f µs", m / 1e3);
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", v * 100);
    }
}
