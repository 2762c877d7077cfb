package org.chokepoint.cli.command;

import org.chokepoint.cli.BenchmarkListsOption;
import org.chokepoint.cli.DataDirOption;
import org.chokepoint.cli.output.Progress;
import org.chokepoint.cli.output.SpeedReport;
import org.chokepoint.evaluation.SpeedBenchmark;
import org.chokepoint.model.Entity;
import org.chokepoint.screening.ScorerV1;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "screening", mixinStandardHelpOptions = true,
        description = {"Screening speed on the name queries and negatives of `eval matching`, over the",
                "current lists in the store: index build time, single-query latency on one",
                "thread (p50/p90/p99/max), batch throughput on every core (names/s: cold, right",
                "after start-up, and steady, after a warm-up that lets the JIT compiler settle), and the",
                "brute-force Jaro-Winkler baseline on a sample of the same queries, with the",
                "quality of both on those calls. Wall clock in one JVM: indicative; the JMH",
                "measurement is bench/run ScreeningBenchmark (docs/matching.md, Speed)."})
public final class BenchScreeningCommand implements Callable<Integer> {
    @Mixin
    private DataDirOption data;

    @Mixin
    private BenchmarkListsOption lists;

    @Option(names = "--warmup", paramLabel = "N", description = "single queries run before measuring (default: every benchmark query once)")
    private Integer warmup;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "0", description = "single queries measured (0: every benchmark query once; default: ${DEFAULT-VALUE})")
    private int queries;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1000", description = "names per parallel block (default: ${DEFAULT-VALUE})")
    private int batch;

    @Option(names = "--batch-seconds", paramLabel = "S", defaultValue = "5",
            description = "each measured batch phase, cold and steady, screens blocks for at least S seconds (default: ${DEFAULT-VALUE})")
    private double batchSeconds;

    @Option(names = "--batch-warmup-names", paramLabel = "N", defaultValue = "" + SpeedBenchmark.Options.BATCH_WARMUP_NAMES,
            description = {"the batch's warm-up, the cold phase included, screens at least N names before the steady",
                    "phase is measured, so that the JIT compiler has settled (default: ${DEFAULT-VALUE})"})
    private long batchWarmupNames;

    @Option(names = "--baseline-sample", paramLabel = "N", defaultValue = "200",
            description = "queries the brute-force baseline runs on, about 50 ms each (0: skip it; default: ${DEFAULT-VALUE})")
    private int baselineSample;

    @Option(names = "--min-score", paramLabel = "S", description = "chokepoint's hit threshold for the quality figures (default: " + ScorerV1.DEFAULT_THRESHOLD + ")")
    private Double minScore;

    @Option(names = "--baseline-min-score", paramLabel = "S", description = "the baseline's hit threshold (default: " + SpeedBenchmark.BASELINE_THRESHOLD + ")")
    private Double baselineMinScore;

    @Option(names = "--json", description = "JSON output")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if ((warmup != null && warmup < 0) || queries < 0 || batch <= 0 || batchSeconds < 0 || batchWarmupNames < 0 || baselineSample < 0) {
            err.println("error: --warmup, --queries, --batch-seconds, --batch-warmup-names and --baseline-sample must not be negative, --batch must be positive");
            return 2;
        }
        double threshold = minScore == null ? ScorerV1.DEFAULT_THRESHOLD : minScore;
        double baseThreshold = baselineMinScore == null ? SpeedBenchmark.BASELINE_THRESHOLD : baselineMinScore;
        if (threshold < 0 || threshold > 1 || baseThreshold < 0 || baseThreshold > 1) {
            err.println("error: --min-score and --baseline-min-score must be in [0, 1]");
            return 2;
        }
        // A missing list raises StoreException: the command line's handler prints it and exits 1.
        BenchmarkListsOption.Lists loaded = lists.load(data.dir());
        String target = loaded.target();
        List<Entity> targetEntities = loaded.targetEntities();
        Map<String, List<Entity>> bySource = loaded.sources();
        var options = new SpeedBenchmark.Options(warmup == null ? -1 : warmup, queries, batch, batchSeconds, batchWarmupNames, baselineSample, threshold, baseThreshold);
        SpeedBenchmark.Result r;
        try (Progress p = new Progress(System.err)) {
            r = SpeedBenchmark.run(target, targetEntities, bySource, options, p::step);
        }
        var out = spec.commandLine().getOut();
        if (json) out.println(SpeedReport.json(r).toPrettyString());
        else SpeedReport.text(out, r);
        out.flush();
        return 0;
    }
}
