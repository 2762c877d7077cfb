package org.chokepoint.evaluation;

import java.util.List;

/**
 * Figures over a set of outcomes at one threshold.
 *
 * @param queries       positive queries
 * @param correctAt1    positives whose top hit is a right answer
 * @param hitsOnPositives positives with any hit at or above the threshold
 * @param negatives     negative queries
 * @param falsePositives negatives with a hit at or above the threshold
 */
public record Metrics(int queries, int correctAt1, int hitsOnPositives, int negatives, int falsePositives) {

    public static Metrics of(List<Outcome> outcomes, double threshold) {
        int q = 0, c = 0, h = 0, n = 0, fp = 0;
        for (Outcome o : outcomes) {
            if (o.query().positive()) {
                q++;
                if (o.hit(threshold) != null) h++;
                if (o.correctAt1(threshold)) c++;
            } else {
                n++;
                if (o.hit(threshold) != null) fp++;
            }
        }
        return new Metrics(q, c, h, n, fp);
    }

    public double recallAt1() {
        return queries == 0 ? Double.NaN : (double) correctAt1 / queries;
    }

    /** Right top hits over all top hits (on positives and negatives). */
    public double precision() {
        int hits = hitsOnPositives + falsePositives;
        return hits == 0 ? Double.NaN : (double) correctAt1 / hits;
    }

    public double falsePositiveRate() {
        return negatives == 0 ? Double.NaN : (double) falsePositives / negatives;
    }

    public double f1() {
        double p = precision(), r = recallAt1();
        return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
