package org.chokepoint.evaluation.load;

/**
 * One step of a load run.
 *
 * @param rate          requests per second, positive
 * @param seconds       how long requests are sent and measured, positive
 * @param warmupSeconds how long requests are sent at the same rate before measuring (JIT, caches, connections); not negative
 * @param maxInFlight   requests outstanding at once before the client counts further ones as refused by the client
 *                      (an overloaded server must not make the client run out of memory); positive
 */
public record LoadPlan(double rate, double seconds, double warmupSeconds, int maxInFlight) {
    public LoadPlan {
        if (!(rate > 0) || !(seconds > 0) || !(warmupSeconds >= 0) || maxInFlight <= 0) {
            throw new IllegalArgumentException("rate and seconds must be positive, warm-up not negative, max in flight positive");
        }
    }

    /** Requests due in the measured part. */
    public int measuredRequests() {
        return (int) Math.round(rate * seconds);
    }

    /** Requests due in the warm-up. */
    public int warmupRequests() {
        return (int) Math.round(rate * warmupSeconds);
    }
}
