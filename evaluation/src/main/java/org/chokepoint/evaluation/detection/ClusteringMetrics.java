package org.chokepoint.evaluation.detection;

import java.util.HashMap;
import java.util.Map;

/**
 * How well a clustering of items (found parties) agrees with the true one, as pure functions over two
 * label arrays of the same length ({@code predicted[i]} and {@code truth[i]} are item i's cluster labels).
 * Pairwise: precision = share of item pairs put together that truly belong together, recall = share of
 * truly-together pairs put together. B-cubed (Bagga and Baldwin 1998): per item, precision =
 * |predicted cluster ∩ true cluster| / |predicted cluster| and recall = the same over |true cluster|,
 * averaged over items. All values in [0, 1]; a measure with nothing to count (no pair) is 1. Thread-safe.
 */
public final class ClusteringMetrics {
    private ClusteringMetrics() {}

    /** Precision, recall and their harmonic mean F1 (0 when both are 0). */
    public record Scores(double precision, double recall, double f1) {
        static Scores of(double p, double r) {
            return new Scores(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    public static Scores pairwise(int[] predicted, int[] truth) {
        check(predicted, truth);
        Counts c = Counts.of(predicted, truth);
        long together = 0, predictedPairs = 0, truePairs = 0;
        for (long n : c.cells.values()) together += pairs(n);
        for (long n : c.predictedSizes.values()) predictedPairs += pairs(n);
        for (long n : c.trueSizes.values()) truePairs += pairs(n);
        return Scores.of(predictedPairs == 0 ? 1 : (double) together / predictedPairs, truePairs == 0 ? 1 : (double) together / truePairs);
    }

    public static Scores bcubed(int[] predicted, int[] truth) {
        check(predicted, truth);
        if (predicted.length == 0) return Scores.of(1, 1);
        Counts c = Counts.of(predicted, truth);
        double p = 0, r = 0;
        for (Map.Entry<Long, Long> cell : c.cells.entrySet()) {
            long n = cell.getValue();
            int pred = (int) (cell.getKey() >> 32);
            int tru = (int) (long) cell.getKey();
            // Each of the n items of the cell has n items of its kind in its predicted and in its true cluster.
            p += (double) n * n / c.predictedSizes.get(pred);
            r += (double) n * n / c.trueSizes.get(tru);
        }
        return Scores.of(p / predicted.length, r / predicted.length);
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static void check(int[] predicted, int[] truth) {
        if (predicted.length != truth.length) throw new IllegalArgumentException("label arrays differ in length: " + predicted.length + " and " + truth.length);
    }

    private record Counts(Map<Long, Long> cells, Map<Integer, Long> predictedSizes, Map<Integer, Long> trueSizes) {
        static Counts of(int[] predicted, int[] truth) {
            Map<Long, Long> cells = new HashMap<>();
            Map<Integer, Long> ps = new HashMap<>();
            Map<Integer, Long> ts = new HashMap<>();
            for (int i = 0; i < predicted.length; i++) {
                cells.merge(((long) predicted[i] << 32) | (truth[i] & 0xffffffffL), 1L, Long::sum);
                ps.merge(predicted[i], 1L, Long::sum);
                ts.merge(truth[i], 1L, Long::sum);
            }
            return new Counts(cells, ps, ts);
        }
    }
}
