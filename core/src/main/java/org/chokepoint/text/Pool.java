package org.chokepoint.text;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A small lock-free pool of objects that must not be used by two threads at once (ICU break
 * iterators) or that serialise callers when shared (ICU rule-based transliterators synchronise on
 * their rule data). A pool rather than a {@code ThreadLocal} because instances are costly to
 * create (milliseconds) and virtual threads would each create their own. Thread-safe.
 */
final class Pool<T> {
    private static final int MAX_IDLE = 2 * Runtime.getRuntime().availableProcessors() + 2;

    private final Supplier<T> factory;
    private final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    Pool(Supplier<T> factory) {
        this.factory = factory;
        release(factory.get()); // fail at construction, not at first use, when the factory is broken
    }

    <R> R apply(Function<T, R> work) {
        T item = idle.poll();
        if (item == null) item = factory.get();
        else idleCount.decrementAndGet();
        try {
            return work.apply(item);
        } finally {
            release(item);
        }
    }

    private void release(T item) {
        if (idleCount.incrementAndGet() <= MAX_IDLE) idle.offer(item);
        else idleCount.decrementAndGet();
    }
}
