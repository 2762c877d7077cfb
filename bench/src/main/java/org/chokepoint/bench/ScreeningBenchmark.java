package org.chokepoint.bench;

import org.chokepoint.evaluation.BruteForceJaroWinkler;
import org.chokepoint.evaluation.EvalQuery;
import org.chokepoint.evaluation.SpeedBenchmark;
import org.chokepoint.lists.FolderScan;
import org.chokepoint.lists.ListSources;
import org.chokepoint.model.Entity;
import org.chokepoint.screening.Match;
import org.chokepoint.screening.ScorerV1;
import org.chokepoint.screening.Screener;
import org.chokepoint.screening.ScreeningQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Screening speed on the matching benchmark's name queries: the name queries that {@code GroundTruth} builds
 * from uk-sanctions and opensanctions against ofac-sdn, plus the negatives, in a fixed shuffled order.
 * <ul>
 *   <li>{@code single}: one {@code Screener.screen} call with the default limit and threshold, cycling through the
 *       queries (sample time: the output shows p0.50, p0.90, p0.99 ... per call);</li>
 *   <li>{@code bruteForce}: the brute-force Jaro-Winkler baseline over the same target, the same way (about 50 ms a
 *       call, so fewer iterations);</li>
 *   <li>{@code batch}: a block of {@value #BLOCK} names screened in parallel on every core (throughput: the score is
 *       names/s);</li>
 *   <li>{@code build}: building the screener (index) over the target, cold as at start-up: one build in each of
 *       3 fresh JVMs.</li>
 * </ul>
 * Before {@code single} and {@code batch} every query is screened once, so their words are in the normaliser's
 * cache: the figures are for names whose words were seen before (a new Cyrillic word costs some 50 µs more).
 * The index holds the ofac-sdn entities, as in {@code chokepoint eval matching}; {@code -p target=all} indexes every
 * list instead (what {@code chokepoint screen} does). Default run: about 4 minutes on 2 cores.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector"})
public class ScreeningBenchmark {
    static final int BLOCK = 1_000;

    /** The entities indexed: {@code ofac-sdn} (the ground truth's target) or {@code all} (every list read). */
    @Param({"ofac-sdn"})
    public String target;

    List<Entity> entities;
    List<EvalQuery> queries;
    ScreeningQuery[] screening;

    @Setup(Level.Trial)
    public void load() throws Exception {
        Map<String, List<Entity>> bySource = new LinkedHashMap<>();
        for (var e : FolderScan.of(SharedFolder.data()).found().entrySet()) {
            bySource.put(e.getKey(), ListSources.reader(e.getKey()).orElseThrow().read(e.getValue()).entities());
        }
        List<Entity> truthTarget = require(bySource, "ofac-sdn");
        Map<String, List<Entity>> sources = new LinkedHashMap<>();
        for (String s : List.of("uk-sanctions", "opensanctions")) sources.put(s, require(bySource, s));
        queries = SpeedBenchmark.nameQueries(truthTarget, sources);
        screening = queries.stream().map(q -> SpeedBenchmark.screeningQuery(q, ScorerV1.DEFAULT_THRESHOLD)).toArray(ScreeningQuery[]::new);
        if (target.equals("all")) {
            entities = new ArrayList<>();
            bySource.values().forEach(entities::addAll);
        } else {
            entities = require(bySource, target);
        }
    }

    private static List<Entity> require(Map<String, List<Entity>> bySource, String source) {
        List<Entity> es = bySource.get(source);
        if (es == null || es.isEmpty()) throw new IllegalStateException("no " + source + " list under " + SharedFolder.data());
        return es;
    }

    /** The screener over the entities, built once per fork (only for the benchmarks that screen, so that {@code build} starts cold). */
    @State(Scope.Benchmark)
    public static class Index {
        Screener screener;
        ScreeningQuery[] queries;

        @Setup(Level.Trial)
        public void build(ScreeningBenchmark data) {
            screener = Screener.build(data.entities);
            queries = data.screening;
            // One pass over every query first, as `chokepoint bench screening` does: the words of the queries enter
            // the normaliser's cache, so the measurement is the steady state of repeated names and the warm-up
            // iterations are left with the JIT alone.
            for (ScreeningQuery q : queries) screener.screen(q);
        }
    }

    /** The brute-force baseline over the same entities. */
    @State(Scope.Benchmark)
    public static class Baseline {
        BruteForceJaroWinkler matcher;
        List<EvalQuery> queries;

        @Setup(Level.Trial)
        public void build(ScreeningBenchmark data) {
            matcher = new BruteForceJaroWinkler(data.entities, SpeedBenchmark.BASELINE_THRESHOLD);
            queries = data.queries;
        }
    }

    /** Each benchmark thread's place in the query cycle. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int next(int size) {
            int i = next;
            next = i + 1 == size ? 0 : i + 1;
            return i;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 5)
    public List<Match> single(Index ix, Cursor c) {
        return ix.screener.screen(ix.queries[c.next(ix.queries.length)]);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1, time = 5)
    @Measurement(iterations = 3, time = 10)
    public Object bruteForce(Baseline b, Cursor c) {
        return b.matcher.top(b.queries.get(c.next(b.queries.size())), 5);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BLOCK)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 5)
    public long batch(Index ix, Cursor c) {
        ScreeningQuery[] block = new ScreeningQuery[BLOCK];
        for (int i = 0; i < BLOCK; i++) block[i] = ix.queries[c.next(ix.queries.length)];
        return SpeedBenchmark.screenBlock(ix.screener, block);
    }

    /** Cold, as at start-up: one build per fresh JVM (the shared normaliser and its caches are created on first use). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Fork(value = 3, jvmArgsAppend = {"-Xmx4g", "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Screener build() {
        return Screener.build(entities);
    }
}
