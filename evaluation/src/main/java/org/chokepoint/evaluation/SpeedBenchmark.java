package org.chokepoint.evaluation;

import org.chokepoint.model.Entity;
import org.chokepoint.screening.Match;
import org.chokepoint.screening.ScorerV1;
import org.chokepoint.screening.Screener;
import org.chokepoint.screening.ScreeningQuery;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * How fast screening is on the matching benchmark's name queries (positives from {@link GroundTruth} and
 * the {@link Negatives}), measured by wall clock in the running JVM: the index build, single queries one
 * after another on one thread (latency percentiles), blocks of names screened in parallel on every core
 * (throughput: cold, right after start-up while the JIT compiler is at work, and in steady state after a warm-up),
 * and the brute-force Jaro-Winkler baseline on a sample of the same queries, with the
 * quality of both on those very calls. The careful measurement, with forks and JIT warm-up under control,
 * is the JMH {@code ScreeningBenchmark} in the bench module; this one is for {@code chokepoint bench screening}.
 */
public final class SpeedBenchmark {
    /** The baseline's hit threshold when none is asked for (the plain row of the matching report). */
    public static final double BASELINE_THRESHOLD = 0.90;
    /** Seed of the order in which queries run (origins and negatives interleaved, the same on every run). */
    static final long SEED = 7;

    private SpeedBenchmark() {}

    /**
     * What to run.
     *
     * @param warmup            single queries run before measuring (JIT and the normaliser's word cache), cycling through
     *                          the queries; negative: every query once
     * @param queries           single queries measured (0: every benchmark query once)
     * @param batchSize         names per parallel block
     * @param batchSeconds      each measured batch phase (the cold one and the steady one) screens blocks for at least this long
     * @param batchWarmupNames  the batch's warm-up screens at least this many names in all before the steady-state
     *                          measurement, the cold phase included (so that the JIT compiler, which is still at work for
     *                          the first tens of thousands of names a JVM screens, is done: a count of names rather than
     *                          seconds, because a busy machine slows the screening and the compiler alike); 0: the steady
     *                          phase follows the cold one at once
     * @param baselineSample    queries the baseline runs on, spread evenly over all of them (0: no baseline; more than
     *                          there are: all, about 50 ms each)
     * @param threshold         chokepoint's hit threshold
     * @param baselineThreshold the baseline's hit threshold
     */
    public record Options(int warmup, int queries, int batchSize, double batchSeconds, long batchWarmupNames, int baselineSample,
                          double threshold, double baselineThreshold) {
        /**
         * The default batch warm-up in names: with the single queries before it, past the 30,000 to 40,000 names after
         * which the compiler has settled (docs/matching.md, Speed, sixth and eighth rounds).
         */
        public static final long BATCH_WARMUP_NAMES = 40_000;

        public static Options defaults() {
            return new Options(-1, 0, 1_000, 5, BATCH_WARMUP_NAMES, 200, ScorerV1.DEFAULT_THRESHOLD, BASELINE_THRESHOLD);
        }
    }

    /**
     * One phase of the batch: blocks screened in parallel on every core, one after another.
     *
     * @param names          names screened (whole blocks)
     * @param seconds        wall-clock time they took
     * @param cpuSeconds     CPU time the whole JVM used meanwhile (every thread: screening, garbage collection, JIT); NaN
     *                       when the JVM does not report it
     * @param compileSeconds the time the JIT compiler threads spent compiling meanwhile: elapsed time of the compilations,
     *                       so at most their CPU time (less when the machine is busy); NaN when the JVM does not report it
     */
    public record BatchPhase(long names, double seconds, double cpuSeconds, double compileSeconds) {
        public double namesPerSecond() {
            return seconds <= 0 ? Double.NaN : names / seconds;
        }

        /**
         * Names per second of CPU time, all threads of the JVM counted; NaN when the JVM does not report it. On a machine
         * with nothing else to run, the batch gives about this figure times the cores.
         */
        public double namesPerCpuSecond() {
            return Double.isNaN(cpuSeconds) || cpuSeconds <= 0 ? Double.NaN : names / cpuSeconds;
        }

        /** The phase of {@code this} then {@code next}, measured back to back. */
        BatchPhase then(BatchPhase next) {
            return new BatchPhase(names + next.names, seconds + next.seconds, cpuSeconds + next.cpuSeconds, compileSeconds + next.compileSeconds);
        }
    }

    /**
     * The batch in its three phases, each following the other in one JVM right after the single queries.
     *
     * @param cold   the first phase (after one block of names): what a batch gets while the JIT compiler is still at work,
     *               the figure that this benchmark reported alone until November 2026
     * @param warmup every block screened before the steady phase, the first block and the cold phase included: at least
     *               the names asked ({@link Options#batchWarmupNames})
     * @param steady the phase measured after the warm-up: the batch's throughput once compilation has settled
     */
    public record Batch(int blockSize, BatchPhase cold, BatchPhase warmup, BatchPhase steady) {}

    /** Latency figures over a number of calls, in milliseconds. */
    public record Latency(int count, double mean, double p50, double p90, double p99, double max) {
        public static Latency of(long[] nanos) {
            if (nanos.length == 0) return new Latency(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            long[] s = nanos.clone();
            Arrays.sort(s);
            double mean = Arrays.stream(s).average().orElse(Double.NaN);
            return new Latency(s.length, mean / 1e6, percentile(s, 50) / 1e6, percentile(s, 90) / 1e6, percentile(s, 99) / 1e6, s[s.length - 1] / 1e6);
        }

        /** Nearest-rank percentile of sorted values. */
        static long percentile(long[] sorted, double p) {
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }

    /**
     * Everything measured.
     *
     * @param queries        the benchmark's name queries (positives and negatives), in the order they ran
     * @param ours           chokepoint's answers and times on the measured single queries
     * @param baseline       the baseline's answers and times on its sample
     * @param oursOnSample   chokepoint's outcomes on the baseline's sample (the same queries)
     * @param warmup         single queries run before measuring
     * @param oursCpuNanos    the CPU time of this thread in each of chokepoint's measured single queries, in their order
     * @param batch          the batch's throughput: cold, warm-up and steady state
     */
    public record Result(String target, int targetEntities, int targetNames, int cores, double indexSeconds, List<EvalQuery> queries,
                         List<Outcome> ours, long[] oursCpuNanos, List<Outcome> baseline, List<Outcome> oursOnSample, int warmup, Batch batch,
                         Options options) {
        public Latency oursLatency() {
            return Latency.of(ours.stream().mapToLong(Outcome::nanos).toArray());
        }

        /**
         * The CPU time of chokepoint's single queries: unlike the wall clock, it leaves out the time a busy machine
         * makes the thread wait for a core (but not the slowdown from sharing caches).
         */
        public Latency oursCpuLatency() {
            return Latency.of(oursCpuNanos);
        }

        public Latency baselineLatency() {
            return Latency.of(baseline.stream().mapToLong(Outcome::nanos).toArray());
        }

        /** Chokepoint's latency on the baseline's sample. */
        public Latency oursOnSampleLatency() {
            return Latency.of(oursOnSample.stream().mapToLong(Outcome::nanos).toArray());
        }

        /** Baseline mean time over chokepoint's mean time, on the same sampled queries. */
        public double speedRatio() {
            return baseline.isEmpty() ? Double.NaN : baselineLatency().mean() / oursOnSampleLatency().mean();
        }
    }

    /** The matching benchmark's name queries against the target (no identifier queries) and the negatives, in a fixed shuffled order. */
    public static List<EvalQuery> nameQueries(List<Entity> target, Map<String, List<Entity>> sources) {
        List<EvalQuery> out = new ArrayList<>();
        for (var e : sources.entrySet()) {
            for (EvalQuery q : GroundTruth.build(target, e.getValue(), e.getKey()).queries()) if (!q.kind().equals("identifier")) out.add(q);
        }
        out.addAll(Negatives.load());
        Collections.shuffle(out, new Random(SEED));
        return List.copyOf(out);
    }

    /** The query screening gets for a benchmark query: name, country and type, the default limit, the given threshold. */
    public static ScreeningQuery screeningQuery(EvalQuery q, double threshold) {
        return ScreeningQuery.of(q.name(), q.country(), q.schema().label(), q.identifier(), 5, threshold);
    }

    /** {@code n} items spread evenly over the list (all of them when n is 0 or not smaller). */
    public static <T> List<T> sample(List<T> all, int n) {
        if (n <= 0 || n >= all.size()) return all;
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(all.get((int) ((long) i * all.size() / n)));
        return out;
    }

    /** Runs each query once on this thread, timing each call (the baseline). */
    public static List<Outcome> timed(NameMatcher m, List<EvalQuery> queries) {
        List<Outcome> out = new ArrayList<>(queries.size());
        for (EvalQuery q : queries) {
            long t = System.nanoTime();
            List<Candidate> answers = m.top(q, MatchingEvaluation.K);
            out.add(new Outcome(q, answers, System.nanoTime() - t));
        }
        return out;
    }

    /**
     * Runs each query once on this thread as a user asks it ({@link #screeningQuery}: the default limit and the
     * threshold), timing each call. The answers are the matches at or above the threshold, which is all that the
     * quality figures at that threshold look at; the scorer does not finish entities that cannot reach it.
     */
    public static List<Outcome> timed(Screener screener, List<EvalQuery> queries, double threshold, long[] cpuNanos) {
        List<Outcome> out = new ArrayList<>(queries.size());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = cpuNanos != null && threads.isCurrentThreadCpuTimeSupported();
        for (int i = 0; i < queries.size(); i++) {
            EvalQuery q = queries.get(i);
            ScreeningQuery sq = screeningQuery(q, threshold);
            long c = cpu ? threads.getCurrentThreadCpuTime() : 0;
            long t = System.nanoTime();
            List<Match> matches = screener.screen(sq);
            long nanos = System.nanoTime() - t;
            if (cpu) cpuNanos[i] = threads.getCurrentThreadCpuTime() - c;
            out.add(new Outcome(q, matches.stream().map(m -> new Candidate(m.entity().id(), m.score())).toList(), nanos));
        }
        return out;
    }

    /** The CPU time of the whole JVM so far, or -1 when the platform does not report it. */
    public static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    /**
     * The time the JIT compiler threads have spent compiling so far (elapsed time of the compilations), in milliseconds,
     * or -1 when the JVM does not report it. A batch right after start-up shares the cores with the compiler, which may still be at work for tens of
     * thousands of names.
     */
    public static long compileMillis() {
        java.lang.management.CompilationMXBean c = ManagementFactory.getCompilationMXBean();
        return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() : -1;
    }

    /** Screens the block in parallel on every core (the common pool); returns the matches found, so nothing is optimised away. */
    public static long screenBlock(Screener screener, ScreeningQuery[] block) {
        return IntStream.range(0, block.length).parallel().mapToLong(i -> screener.screen(block[i]).size()).sum();
    }

    public static Result run(String targetSource, List<Entity> target, Map<String, List<Entity>> sources, Options o, Consumer<String> progress) {
        List<EvalQuery> queries = nameQueries(target, sources);
        if (queries.isEmpty()) throw new IllegalArgumentException("no benchmark queries");

        progress.accept("indexing " + target.size() + " entities");
        long t0 = System.nanoTime();
        Screener screener = Screener.build(target);
        double indexSeconds = (System.nanoTime() - t0) / 1e9;

        int warmup = o.warmup() < 0 ? queries.size() : o.warmup();
        progress.accept("warm-up: " + warmup + " queries");
        timed(screener, cycle(queries, warmup), o.threshold(), null);
        List<EvalQuery> measured = o.queries() <= 0 ? queries : cycle(queries, o.queries());
        progress.accept("single queries, one thread: " + measured.size());
        long[] cpu = new long[measured.size()];
        List<Outcome> oursOutcomes = timed(screener, measured, o.threshold(), cpu);

        int batchSize = Math.max(1, o.batchSize());
        ScreeningQuery[] all = queries.stream().map(q -> screeningQuery(q, o.threshold())).toArray(ScreeningQuery[]::new);
        progress.accept("batch: blocks of " + batchSize + " names on " + Runtime.getRuntime().availableProcessors() + " cores");
        Batch batch = batch(screener, all, batchSize, o.batchSeconds(), o.batchWarmupNames(), progress);

        List<Outcome> baseOutcomes = List.of(), oursOnSample = List.of();
        if (o.baselineSample() > 0) {
            List<EvalQuery> sample = sample(queries, o.baselineSample());
            BruteForceJaroWinkler baseline = new BruteForceJaroWinkler(target, o.baselineThreshold());
            progress.accept("brute-force baseline, one thread: " + sample.size() + " queries");
            timed(baseline, sample.subList(0, Math.min(10, sample.size()))); // JIT warm-up
            baseOutcomes = timed(baseline, sample);
            // Chokepoint on exactly the same queries, timed the same way (one thread, one after another).
            oursOnSample = timed(screener, sample, o.threshold(), null);
        }
        return new Result(targetSource, target.size(), screener.nameCount(), Runtime.getRuntime().availableProcessors(), indexSeconds, queries,
                oursOutcomes, cpu, baseOutcomes, oursOnSample, warmup, batch, o);
    }

    /**
     * The batch: one block (the pool's threads), the cold phase of {@code seconds}, more blocks until the warm-up has
     * screened {@code warmupNames} in all and the JIT compiler has settled (slices of at most a second, until one in
     * which it compiled for at most a twentieth of the slice, or four times the names asked more), then the steady phase
     * of {@code seconds}. Queries are taken in order, cycling,
     * from where the previous block stopped, so each phase screens the same mix of names.
     */
    static Batch batch(Screener screener, ScreeningQuery[] all, int batchSize, double seconds, long warmupNames, Consumer<String> progress) {
        int[] next = {0};
        BatchPhase first = phase(screener, all, batchSize, next, 0, 0);
        BatchPhase cold = phase(screener, all, batchSize, next, seconds, 0);
        BatchPhase warm = first.then(cold);
        if (warm.names() < warmupNames) {
            progress.accept(String.format(java.util.Locale.ROOT, "batch warm-up: %,d names more", warmupNames - warm.names()));
            warm = warm.then(phase(screener, all, batchSize, next, 0, warmupNames - warm.names()));
        }
        // The names asked are a floor, not a promise that the compiler is done: how many it needs moves with the code
        // and the machine (session 18: 40,000 left it compiling for 1.7-4.3 s of an 8 s steady phase, which then read
        // 7,000-8,000 names/s where a settled one read 9,400-11,200). So the warm-up goes on in slices while the
        // compiler still works through more than a twentieth of a slice, up to four times the names asked. None asked
        // (0): the steady phase follows the cold one, as asked.
        long cap = warmupNames == 0 ? 0 : warm.names() + 4 * warmupNames;
        double slice = Math.min(1.0, seconds);
        while (warm.names() < cap) {
            BatchPhase s = phase(screener, all, batchSize, next, slice, 0);
            warm = warm.then(s);
            if (!compilerStillBusy(s)) break;
            progress.accept(String.format(java.util.Locale.ROOT, "batch warm-up: the JIT compiler still at work (%.2f s of %.2f s), %,d names so far",
                    s.compileSeconds(), s.seconds(), warm.names()));
        }
        progress.accept("batch, steady state");
        BatchPhase steady = phase(screener, all, batchSize, next, seconds, 0);
        return new Batch(batchSize, cold, warm, steady);
    }

    /** Whether the JIT compiler took more than a twentieth of a warm-up slice (unknown when the JVM does not say: no). */
    static boolean compilerStillBusy(BatchPhase slice) {
        return !Double.isNaN(slice.compileSeconds()) && slice.compileSeconds() > 0.05 * slice.seconds();
    }

    /**
     * Screens blocks one after another for at least {@code seconds} and at least {@code names} names (at least one
     * block), advancing {@code next[0]}.
     */
    private static BatchPhase phase(Screener screener, ScreeningQuery[] all, int batchSize, int[] next, double seconds, long names) {
        long cpuStart = processCpuNanos(), compileStart = compileMillis();
        long done = 0, start = System.nanoTime(), elapsed;
        do {
            screenBlock(screener, block(all, next[0], batchSize));
            next[0] = (int) ((next[0] + (long) batchSize) % all.length);
            done += batchSize;
            elapsed = System.nanoTime() - start;
        } while (elapsed < seconds * 1e9 || done < names);
        long cpuEnd = processCpuNanos(), compileEnd = compileMillis();
        double cpuSeconds = cpuStart < 0 || cpuEnd < 0 ? Double.NaN : (cpuEnd - cpuStart) / 1e9;
        double compileSeconds = compileStart < 0 || compileEnd < 0 ? Double.NaN : (compileEnd - compileStart) / 1e3;
        return new BatchPhase(done, elapsed / 1e9, cpuSeconds, compileSeconds);
    }

    /** {@code n} queries: the queries in order, repeated as often as needed. */
    private static List<EvalQuery> cycle(List<EvalQuery> queries, int n) {
        List<EvalQuery> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(queries.get(i % queries.size()));
        return out;
    }

    private static ScreeningQuery[] block(ScreeningQuery[] all, int from, int size) {
        ScreeningQuery[] b = new ScreeningQuery[size];
        for (int i = 0; i < size; i++) b[i] = all[(from + i) % all.length];
        return b;
    }
}
