package org.chokepoint.network.resolve;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Work on indexes 0 to n - 1 by every thread of the common pool and the caller, each taking the next few indexes not
 * yet taken. A parallel stream over the indexes cuts them into four runs up front when the common pool has one worker
 * (two cores), and a thread that drew the dearer runs (names that take longer to normalise, mentions with more
 * candidates) worked on alone while the other core stood idle. The work writes its result by index, so what comes out
 * does not depend on the threads. Stateless and thread-safe.
 */
final class InTurn {
    /** Indexes taken at a time: a normalisation or a comparison is microseconds, a claim far less. */
    static final int STEP = 16;

    private InTurn() {}

    /** Runs {@code work} once for each index below {@code n}, in parallel, and waits; a runtime exception of the work is thrown. */
    static void run(int n, IntConsumer work) {
        AtomicInteger next = new AtomicInteger();
        int threads = Math.max(1, Math.min(ForkJoinPool.getCommonPoolParallelism() + 1, (n + STEP - 1) / STEP));
        // A parallel stream of one element per thread: the stream forks and joins them (and the caller runs what no
        // worker took), each element taking indexes until none are left.
        IntStream.range(0, threads).parallel().forEach(t -> {
            for (int from = next.getAndAdd(STEP); from < n; from = next.getAndAdd(STEP)) {
                int to = Math.min(n, from + STEP);
                for (int i = from; i < to; i++) work.accept(i);
            }
        });
    }
}
