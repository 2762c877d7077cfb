package org.chokepoint.evaluation;

import java.util.List;

/** What the benchmark compares: something that ranks target entities for a query. Thread-safe. */
public interface NameMatcher {
    /** A short name for reports. */
    String name();

    /** The hit threshold in force. */
    double threshold();

    /** The best answers, best first, at most {@code k}, whatever their score. */
    List<Candidate> top(EvalQuery q, int k);
}
