package org.chokepoint.evaluation;

import org.chokepoint.screening.Screener;
import org.chokepoint.screening.ScreeningQuery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs benchmark queries through a matcher, and measures what candidate retrieval misses compared with
 * scoring every entity. Queries run in parallel; results keep query order.
 */
public final class MatchingEvaluation {
    /** Answers kept per query. */
    static final int K = 10;

    private MatchingEvaluation() {}

    public static List<Outcome> run(NameMatcher matcher, List<EvalQuery> queries) {
        return queries.parallelStream().map(q -> {
            long t = System.nanoTime();
            List<Candidate> answers = matcher.top(q, K);
            return new Outcome(q, answers, System.nanoTime() - t);
        }).toList();
    }

    /**
     * Retrieval recall on every {@code step}-th positive name query: of the entities that exhaustive
     * scoring finds at or above the threshold, the share that retrieval proposed.
     *
     * @return {found by both, found by exhaustive scoring, queries sampled}
     */
    public static long[] retrievalRecall(Screener screener, List<EvalQuery> queries, double threshold, int step) {
        return retrievalRecall(screener, queries, threshold, step, miss -> {});
    }

    /**
     * {@link #retrievalRecall(Screener, List, double, int)}, telling {@code misses} each match that exhaustive scoring found
     * and retrieval did not propose ("query -> entity id"), to read what retrieval misses.
     */
    public static long[] retrievalRecall(Screener screener, List<EvalQuery> queries, double threshold, int step,
                                         java.util.function.Consumer<String> misses) {
        List<EvalQuery> sample = new ArrayList<>();
        int i = 0;
        for (EvalQuery q : queries) if (q.positive() && !q.kind().equals("identifier") && i++ % step == 0) sample.add(q);
        long[] totals = sample.parallelStream().map(q -> {
            ScreeningQuery sq = ScreeningQuery.of(q.name(), q.country(), q.schema().label(), null, Integer.MAX_VALUE, threshold);
            Set<String> exhaustive = screener.screenExhaustive(sq).stream().map(m -> m.entity().id()).collect(Collectors.toSet());
            Set<String> candidates = new HashSet<>(screener.candidateIds(sq));
            long both = exhaustive.stream().filter(candidates::contains).count();
            for (String id : exhaustive) if (!candidates.contains(id)) misses.accept("`" + q.name() + "` -> " + id);
            return new long[] {both, exhaustive.size()};
        }).reduce(new long[] {0, 0}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        return new long[] {totals[0], totals[1], sample.size()};
    }

    /** The threshold in [0.70, 0.99] that gives the matcher its best F1 on these outcomes (for the baseline's best case). */
    public static double bestThreshold(List<Outcome> outcomes) {
        double best = 0.9, bestF1 = -1;
        for (int t = 70; t <= 99; t++) {
            double f1 = Metrics.of(outcomes, t / 100.0).f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t / 100.0;
            }
        }
        return best;
    }
}
