package org.chokepoint.evaluation.load;

import org.chokepoint.evaluation.SpeedBenchmark.Latency;

import java.util.Map;

/**
 * What one measured step gave.
 *
 * @param plan         the step
 * @param due          requests due in the measured part
 * @param completed    requests answered (any status) before the step ended and its stragglers were collected
 * @param ok           answers with status 200
 * @param failures     the other outcomes by kind ("status 500", "refused by client: max in flight", "IOException ...")
 * @param elapsed      seconds from the first due request to the last answer
 * @param fromDue      latency from the moment each request was due (what a user arriving on schedule sees), answered ones
 * @param fromSend     latency from the actual send, answered ones
 */
public record LoadResult(LoadPlan plan, int due, int completed, int ok, Map<String, Integer> failures, double elapsed,
                         Latency fromDue, Latency fromSend) {
    /** Answers with status 200 per second over the step. */
    public double okPerSecond() {
        return elapsed > 0 ? ok / elapsed : 0;
    }

    /** Whether the step sustained its rate: every due request answered with 200 and the p99 from due time within the bound. */
    public boolean sustained(double p99BoundMillis) {
        return ok == due && fromDue.p99() <= p99BoundMillis;
    }
}
