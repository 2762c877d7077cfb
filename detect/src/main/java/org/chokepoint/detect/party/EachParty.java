package org.chokepoint.detect.party;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Work on every party at once, on a pool of the run's own size (not the common pool, which the caller may be
 * using): screening parties and checking the party rules. The work writes its result into the caller's array by
 * party index, so results come out in party order whatever the threads did.
 *
 * <p>Each thread takes the next party not yet taken, one at a time. A parallel stream cut the parties into four runs
 * up front (it sizes its runs by the common pool, which has one worker on two cores: some 1,200 parties each at the 1M
 * file), and the thread that drew the last run worked it alone while the other core stood idle: the last 0.2 to 4 s
 * of "screen parties" (JFR execution samples, load 9 to 24). One party is at most a few milliseconds of work, so the
 * threads now end within one party of each other.
 */
public final class EachParty {
    private EachParty() {}

    /**
     * Runs {@code work} for party indexes 0 to {@code count - 1} on {@code threads} threads and waits. A runtime
     * exception of the work is thrown as it was (the other threads take no further party); {@code what} names the
     * work in other failures.
     */
    public static void run(int threads, int count, String what, IntConsumer work) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    work.accept(i);
                } catch (RuntimeException | Error e) {
                    next.set(count);
                    throw e;
                }
            }
        };
        int workers = Math.max(1, Math.min(threads, count));
        ForkJoinPool pool = new ForkJoinPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>(workers);
            for (int t = 0; t < workers; t++) running.add(pool.submit(worker));
            for (Future<?> f : running) f.get();
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
