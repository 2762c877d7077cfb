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
        var b = r.batch();
        out.printf(Locale.ROOT, "Batch, blocks of %,d names screened in parallel on %d cores, right after the single queries:%n", b.blockSize(), r.cores());
        Table t = new Table("phase", "names", "seconds", "names/s", "CPU-s", "names per CPU-s", "same, × cores", "JIT compiling");
        batchRow(t, "cold: the first seconds", b.cold(), r.cores());
        batchRow(t, "warm-up, cold included", b.warmup(), r.cores());
        batchRow(t, "steady state, after the warm-up", b.steady(), r.cores());
        t.print(out);
        out.println("  names/s is wall clock on this machine, busy or not; names per CPU-s counts every thread of the JVM (screening, garbage");
        out.println("  collection, JIT); times the cores, it is what the batch gives on otherwise idle cores. JIT compiling is the elapsed");
        out.println("  time of the compilations meanwhile, at most the compiler's CPU: the cold phase shares the cores with the compiler,");
        out.println("  the steady phase should not (if it still shows compiling, give --batch-warmup-names more).");
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
        batch.put("block", r.batch().blockSize()).put("cores", r.cores());
        phase(batch.putObject("cold"), r.batch().cold());
        phase(batch.putObject("warmup"), r.batch().warmup());
        phase(batch.putObject("steady"), r.batch().steady());
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

    private static void batchRow(Table t, String name, SpeedBenchmark.BatchPhase p, int cores) {
        t.row(name, String.format(Locale.ROOT, "%,d", p.names()), String.format(Locale.ROOT, "%.1f", p.seconds()), count(p.namesPerSecond()),
                Double.isNaN(p.cpuSeconds()) ? "n/a" : String.format(Locale.ROOT, "%.1f", p.cpuSeconds()), count(p.namesPerCpuSecond()),
                count(p.namesPerCpuSecond() * cores), Double.isNaN(p.compileSeconds()) ? "n/a" : String.format(Locale.ROOT, "%.1f s", p.compileSeconds()));
    }

    private static void phase(ObjectNode n, SpeedBenchmark.BatchPhase p) {
        n.put("names", p.names()).put("seconds", p.seconds());
        number(n, "names_per_second", p.namesPerSecond());
        number(n, "cpu_seconds", p.cpuSeconds());
        number(n, "names_per_cpu_second", p.namesPerCpuSecond());
        number(n, "compile_seconds", p.compileSeconds());
    }

    private static String count(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%,.0f", v);
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
