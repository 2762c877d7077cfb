package org.chokepoint.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.evaluation.Metrics;
import org.chokepoint.evaluation.Outcome;
import org.chokepoint.evaluation.SpeedBenchmark;
import org.chokepoint.screening.ScorerV1;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code chokepoint bench screening} as a readable table or as JSON. */
public final class SpeedReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OURS = "chokepoint " + ScorerV1.NAME, BASELINE = "brute-force Jaro-Winkler";

    private SpeedReport() {}

    public static void text(PrintWriter out, SpeedBenchmark.Result r) {
        var o = r.options();
        long positives = r.queries().stream().filter(q -> q.positive()).count();
        out.printf(Locale.ROOT, "Screening speed against %s: %,d entities, %,d indexed names; %,d name queries (%,d positive, %,d negative); %d cores, Java %s%n%n",
                r.target(), r.targetEntities(), r.targetNames(), r.queries().size(), positives, r.queries().size() - positives, r.cores(),
                System.getProperty("java.version"));
        out.printf(Locale.ROOT, "Index build: %.2f s (cold: the first build in this JVM, the name normaliser's start-up included)%n%n", r.indexSeconds());

        out.printf(Locale.ROOT, "Single queries, one thread, one after another, after %,d warm-up queries (ms):%n", r.warmup());
        Table lat = new Table("matcher", "queries", "mean", "p50", "p90", "p99", "max");
        latencyRow(lat, OURS + ", all queries", r.oursLatency());
        if (r.oursCpuLatency().count() > 0) latencyRow(lat, OURS + ", all queries, CPU time", r.oursCpuLatency());
        if (!r.baseline().isEmpty()) {
            latencyRow(lat, OURS + ", baseline sample", r.oursOnSampleLatency());
            latencyRow(lat, BASELINE + ", baseline sample", r.baselineLatency());
        }
        lat.print(out);
        out.println();
        out.printf(Locale.ROOT, "Batch, parallel on %d cores: %,.0f names/s (%,d names in blocks of %,d, %.1f s)%n", r.cores(), r.namesPerSecond(),
                r.batchNames(), r.batchSize(), r.batchSeconds());
        if (!Double.isNaN(r.namesPerCpuSecond())) {
            out.printf(Locale.ROOT, "  per CPU-second, every thread of the JVM counted: %,.0f names (%.1f CPU-s); on %d otherwise idle cores about %,.0f names/s%n",
                    r.namesPerCpuSecond(), r.batchCpuSeconds(), r.cores(), r.namesPerCpuSecond() * r.cores());
            if (!Double.isNaN(r.batchCompileSeconds())) {
                out.printf(Locale.ROOT, "  JIT compilation meanwhile: %.1f s (elapsed time of the compilations, at most the compiler's CPU; while it compiles, a batch gets less of the CPU)%n", r.batchCompileSeconds());
            }
        }
        if (!r.baseline().isEmpty()) {
            out.printf(Locale.ROOT, "Speed ratio, baseline mean / chokepoint mean on the same %,d queries: %,.0fx%n", r.baseline().size(), r.speedRatio());
        }
        out.println();

        out.println("Quality of these same calls (recall@1 on positives, hit precision, false-positive rate on negatives):");
        Table q = new Table("matcher", "queries", "threshold", "recall@1", "hit precision", "false-positive rate");
        qualityRow(q, OURS + ", all queries", r.ours(), o.threshold());
        if (!r.baseline().isEmpty()) {
            qualityRow(q, OURS + ", baseline sample", r.oursOnSample(), o.threshold());
            qualityRow(q, BASELINE + ", baseline sample", r.baseline(), o.baselineThreshold());
        }
        q.print(out);
        out.println();
        out.println("The warm-up puts the queries' words in the normaliser's cache: latencies are for names whose words were seen before.");
        out.println("Single queries are the query a user makes: limit 5, the threshold above.");
        out.println("Wall clock in this JVM, on a machine that may be busy: indicative; CPU time leaves out waiting for a busy core.");
        out.println("bench/run ScreeningBenchmark is the JMH measurement.");
    }

    public static ObjectNode json(SpeedBenchmark.Result r) {
        var o = r.options();
        ObjectNode n = JSON.createObjectNode()
                .put("target", r.target()).put("target_entities", r.targetEntities()).put("target_names", r.targetNames())
                .put("queries", r.queries().size()).put("cores", r.cores()).put("java", System.getProperty("java.version"))
                .put("index_build_seconds", r.indexSeconds());
        ObjectNode single = n.putObject("single_query_ms");
        single.put("warmup", r.warmup());
        latency(single.putObject("chokepoint"), r.oursLatency());
        latency(single.putObject("chokepoint_cpu"), r.oursCpuLatency());
        ObjectNode batch = n.putObject("batch");
        number(batch, "names_per_second", r.namesPerSecond());
        batch.put("names", r.batchNames()).put("block", r.batchSize()).put("seconds", r.batchSeconds());
        number(batch, "cpu_seconds", r.batchCpuSeconds());
        number(batch, "names_per_cpu_second", r.namesPerCpuSecond());
        number(batch, "compile_seconds", r.batchCompileSeconds());
        ObjectNode quality = n.putObject("quality");
        quality(quality.putObject("chokepoint"), r.ours(), o.threshold());
        if (!r.baseline().isEmpty()) {
            ObjectNode b = n.putObject("baseline");
            b.put("matcher", BASELINE).put("sample", r.baseline().size());
            number(b, "speed_ratio", r.speedRatio());
            latency(b.putObject("baseline_ms"), r.baselineLatency());
            latency(b.putObject("chokepoint_ms"), r.oursOnSampleLatency());
            quality(b.putObject("baseline_quality"), r.baseline(), o.baselineThreshold());
            quality(b.putObject("chokepoint_quality"), r.oursOnSample(), o.threshold());
        }
        return n;
    }

    private static void latencyRow(Table t, String name, SpeedBenchmark.Latency l) {
        t.row(name, String.format(Locale.ROOT, "%,d", l.count()), ms(l.mean()), ms(l.p50()), ms(l.p90()), ms(l.p99()), ms(l.max()));
    }

    private static void qualityRow(Table t, String name, List<Outcome> outcomes, double threshold) {
        Metrics m = Metrics.of(outcomes, threshold);
        t.row(name, String.format(Locale.ROOT, "%,d", outcomes.size()), String.format(Locale.ROOT, "%.2f", threshold),
                pct(m.recallAt1()) + String.format(Locale.ROOT, " (%,d/%,d)", m.correctAt1(), m.queries()), pct(m.precision()),
                pct(m.falsePositiveRate()) + String.format(Locale.ROOT, " (%,d/%,d)", m.falsePositives(), m.negatives()));
    }

    private static void latency(ObjectNode n, SpeedBenchmark.Latency l) {
        n.put("count", l.count());
        number(n, "mean", l.mean());
        number(n, "p50", l.p50());
        number(n, "p90", l.p90());
        number(n, "p99", l.p99());
        number(n, "max", l.max());
    }

    private static void quality(ObjectNode n, List<Outcome> outcomes, double threshold) {
        Metrics m = Metrics.of(outcomes, threshold);
        n.put("threshold", threshold).put("positives", m.queries()).put("correct_at_1", m.correctAt1()).put("negatives", m.negatives())
                .put("false_positives", m.falsePositives());
        number(n, "recall_at_1", m.recallAt1());
        number(n, "hit_precision", m.precision());
        number(n, "false_positive_rate", m.falsePositiveRate());
    }

    /** A figure, or null when there is none (NaN: no queries of that kind, no hits). */
    private static void number(ObjectNode n, String key, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) n.putNull(key);
        else n.put(key, v);
    }

    private static String ms(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", v * 100);
    }
}
