package org.chokepoint.network.resolve;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * A loop over the mentions run on every core, in slices that each thread takes as it comes free. A parallel stream
 * over a range cuts it into four parts per worker of the common pool, fixed in advance: four parts in all on a
 * two-core machine, and resolution's loops are lopsided (a mention's candidates are the later mentions it shares a
 * block with, so the first mentions have the most), which left one core idle while the other worked through the
 * heavy first part. Here the slices are many and cut by weight, and a thread takes the next slice when it has
 * finished one: both cores stay busy to the end, whichever of them is held up by other processes.
 * Stateless and thread-safe; the body must be safe to call from several threads at once for different mentions.
 */
final class Slices {
    /** Slices per thread: enough that the last one taken is a small part of the whole. */
    private static final int PER_THREAD = 16;

    private Slices() {}

    /** What a thread does with one mention, with the state of its own it was given ({@code state}). */
    @FunctionalInterface
    interface Body<S> {
        void accept(S state, int mention);
    }

    /**
     * Calls {@code body} once for each mention of {@code [0, n)}, from the calling thread and the common pool's
     * workers, each thread with state of its own made by {@code state} (made once per thread).
     *
     * @param weight the work of each mention is about {@code weight[i + 1] - weight[i] + 1} (weight ascending, of
     *               length n + 1, e.g. the offsets of each mention's candidates); null for equal work
     */
    static <S> void forEach(int n, int[] weight, Supplier<S> state, Body<S> body) {
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
        int slices = Math.max(1, Math.min(n, threads * PER_THREAD));
        int[] start = bounds(n, weight, slices);
        AtomicInteger next = new AtomicInteger();
        IntStream.range(0, Math.min(threads, slices)).parallel().forEach(t -> {
            S own = null;
            for (int s = next.getAndIncrement(); s < slices; s = next.getAndIncrement()) {
                if (own == null) own = state.get();
                for (int i = start[s]; i < start[s + 1]; i++) body.accept(own, i);
            }
        });
    }

    /** Where each slice starts (and, last, n): the total weight (mentions plus weight) cut into equal parts. */
    static int[] bounds(int n, int[] weight, int slices) {
        int[] start = new int[slices + 1];
        long total = n + (weight == null ? 0L : (long) weight[n] - weight[0]);
        int i = 0;
        for (int s = 1; s < slices; s++) {
            long target = total * s / slices;
            while (i < n && i + (weight == null ? 0L : (long) weight[i] - weight[0]) < target) i++;
            start[s] = i;
        }
        start[slices] = n;
        return start;
    }
}
