package org.chokepoint.network.resolve;

import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * A stable sort that uses two cores where {@link Arrays#parallelSort} uses one: that sorts alone when the common pool
 * has a single worker, as it has on a two-core machine, and resolution's sorts of a million merges then held up one
 * core while the other waited. The two halves are sorted at once (one on a worker of the common pool, one on the
 * calling thread), then merged, the first half's element first among equals: the order is exactly that of
 * {@link Arrays#sort(Object[], Comparator)}, whatever the threads. Stateless and thread-safe.
 */
final class StableSort {
    /** Below this many elements the second thread costs more than it saves. */
    static final int PARALLEL_FROM = 1 << 13;

    private StableSort() {}

    /**
     * Sorts {@code a} in place by {@code order}, stably.
     *
     * @param a     the elements; not null (its elements may be, if {@code order} takes them)
     * @param order a consistent order; it is called from two threads at once, so it must not change state
     */
    static <T> void onTwoThreads(T[] a, Comparator<? super T> order) {
        int n = a.length;
        if (n < PARALLEL_FROM || ForkJoinPool.getCommonPoolParallelism() < 1 || Runtime.getRuntime().availableProcessors() < 2) {
            Arrays.sort(a, order);
            return;
        }
        int mid = n >>> 1;
        T[] left = Arrays.copyOfRange(a, 0, mid);
        ForkJoinTask<?> first = ForkJoinPool.commonPool().submit(() -> Arrays.sort(left, order));
        Arrays.sort(a, mid, n, order);
        first.join();
        // Merged into a from the front: the second half still lies at [mid, n), and k <= j always holds.
        int i = 0, j = mid, k = 0;
        while (i < mid && j < n) a[k++] = order.compare(a[j], left[i]) < 0 ? a[j++] : left[i++];
        while (i < mid) a[k++] = left[i++];
    }
}
