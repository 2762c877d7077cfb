package org.chokepoint.evaluation;

import java.util.List;

/**
 * One query's answer from one matcher.
 *
 * @param query   the query
 * @param answers best first, whatever their score
 * @param nanos   time the matcher took
 */
public record Outcome(EvalQuery query, List<Candidate> answers, long nanos) {
    /** The top answer if it is at or above the threshold, else null. */
    public Candidate hit(double threshold) {
        return answers.isEmpty() || answers.get(0).score() < threshold ? null : answers.get(0);
    }

    public boolean correctAt1(double threshold) {
        Candidate h = hit(threshold);
        return h != null && query.expected().contains(h.entityId());
    }

    /** Rank (1-based) of the first right answer, or 0 when none was returned. */
    public int rankOfExpected() {
        for (int i = 0; i < answers.size(); i++) if (query.expected().contains(answers.get(i).entityId())) return i + 1;
        return 0;
    }
}
