package org.chokepoint.evaluation;

import org.chokepoint.model.Entity;
import org.chokepoint.screening.Screener;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole matching benchmark: ground truth from the source lists against the target list, the
 * negatives, Chokepoint's screener at its threshold and the brute-force baseline at its best threshold,
 * retrieval recall, and a Markdown report.
 */
public final class MatchingBenchmark {
    private MatchingBenchmark() {}

    /** Everything measured; {@link MatchingReport} renders it. */
    public record Result(String target, int targetEntities, Map<String, GroundTruth.Built> truth, int negatives,
                         double threshold, List<Outcome> ours, double baselineThreshold, List<Outcome> baseline,
                         long[] retrieval, List<String> retrievalMisses, double indexSeconds) {}

    public static Result run(String targetSource, List<Entity> target, Map<String, List<Entity>> sources, double threshold,
                             int retrievalStep, boolean withBaseline, Consumer<String> progress) {
        Map<String, GroundTruth.Built> truth = new LinkedHashMap<>();
        List<EvalQuery> queries = new ArrayList<>();
        for (var e : sources.entrySet()) {
            GroundTruth.Built b = GroundTruth.build(target, e.getValue(), e.getKey());
            truth.put(e.getKey(), b);
            queries.addAll(b.queries());
        }
        List<EvalQuery> negatives = Negatives.load();
        queries.addAll(negatives);
        progress.accept("indexing " + target.size() + " entities");
        long t = System.nanoTime();
        Screener screener = Screener.build(target);
        double indexSeconds = (System.nanoTime() - t) / 1e9;
        progress.accept("screening " + queries.size() + " queries");
        List<Outcome> ours = MatchingEvaluation.run(new ScreenerMatcher(screener, threshold), queries);
        List<Outcome> base = List.of();
        double baseThreshold = Double.NaN;
        if (withBaseline) {
            progress.accept("brute-force baseline on " + queries.size() + " queries");
            // The baseline answers identifier queries by name only; it is compared on name queries and negatives.
            List<EvalQuery> nameQueries = queries.stream().filter(q -> !q.kind().equals("identifier")).toList();
            base = MatchingEvaluation.run(new BruteForceJaroWinkler(target, 0.9), nameQueries);
            baseThreshold = MatchingEvaluation.bestThreshold(base);
        }
        long[] retrieval = new long[3];
        List<String> misses = java.util.Collections.synchronizedList(new ArrayList<>());
        if (retrievalStep > 0) {
            progress.accept("retrieval recall (exhaustive scoring on a sample)");
            retrieval = MatchingEvaluation.retrievalRecall(screener, queries, threshold, retrievalStep, misses::add);
        }
        return new Result(targetSource, target.size(), truth, negatives.size(), threshold, ours, baseThreshold, base, retrieval, misses.stream().sorted().toList(), indexSeconds);
    }
}
