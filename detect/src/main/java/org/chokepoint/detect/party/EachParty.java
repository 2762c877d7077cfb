package org.chokepoint.detect.party;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Work on every party at once, on a pool of the run's own size (not the common pool, which the caller may be
 * using): screening parties and checking the party rules. The work writes its result into the caller's array by
 * party index, so results come out in party order whatever the threads did.
 */
public final class EachParty {
    private EachParty() {}

    /**
     * Runs {@code work} for party indexes 0 to {@code count - 1} on {@code threads} threads and waits. A runtime
     * exception of the work is thrown as it was; {@code what} names the work in other failures.
     */
    public static void run(int threads, int count, String what, IntConsumer work) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, count).parallel().forEach(work)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
