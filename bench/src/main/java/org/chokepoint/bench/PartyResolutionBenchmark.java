package org.chokepoint.bench;

import org.chokepoint.evaluation.detection.ClusteringMetrics;
import org.chokepoint.network.resolve.PartyResolver;
import org.chokepoint.network.resolve.Resolution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Party resolution of {@code mentions} synthetic distinct mentions ({@link SyntheticMentions}); one
 * operation resolves them all. The normaliser's word cache is warm after the first iteration, as it is in
 * a long-running process; the cold figure is the first iteration's. Run: {@code bench/run PartyResolution}.
 * The {@link #main} prints one cold run with pairwise precision and recall against the synthetic truth:
 * {@code java -cp 'bench/target/classes:bench/target/lib/*' org.chokepoint.bench.PartyResolutionBenchmark 50000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class PartyResolutionBenchmark {
    @Param("50000")
    public int mentions;

    private SyntheticMentions data;
    private final PartyResolver resolver = new PartyResolver();

    @Setup(Level.Trial)
    public void setUp() {
        data = SyntheticMentions.generate(mentions, 42);
    }

    @Benchmark
    public Resolution resolve() {
        return resolver.resolve(data.mentions());
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        SyntheticMentions data = SyntheticMentions.generate(n, seed);
        PartyResolver resolver = new PartyResolver();
        resolver.resolve(SyntheticMentions.generate(100, seed + 1).mentions()); // loads the normaliser
        for (int round = 1; round <= 2; round++) {
            long start = System.nanoTime();
            Resolution r = resolver.resolve(data.mentions());
            double seconds = (System.nanoTime() - start) / 1e9;
            ClusteringMetrics.Scores pairwise = ClusteringMetrics.pairwise(r.partyOf(), data.firm());
            System.out.printf("round %d (%s): %,d mentions of %,d firms -> %,d parties in %.2f s; pairwise precision %.4f recall %.4f F1 %.4f%n",
                    round, round == 1 ? "cold word cache" : "warm", n, distinct(data.firm()), r.parties().size(), seconds,
                    pairwise.precision(), pairwise.recall(), pairwise.f1());
        }
    }

    private static long distinct(int[] values) {
        return java.util.Arrays.stream(values).distinct().count();
    }
}
