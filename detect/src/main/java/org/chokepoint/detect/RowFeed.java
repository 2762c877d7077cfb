package org.chokepoint.detect;

import org.chokepoint.trade.record.ParsedRow;
import org.chokepoint.trade.record.ShipmentFileException;
import org.chokepoint.trade.record.ShipmentReader;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reads and checks the rows of a shipment file on a thread of its own, hands each batch of rows to a pool of
 * workers that prepare it ({@code prepare}: what can be worked out of a row alone, such as its goods and
 * record rules), and gives the prepared batches to the consumer in file order. Parsing and preparing so run
 * beside the consumer's sequential work (numbering spellings, appending to the work database) on the other
 * cores. The queue is short, so memory stays bounded by a few batches. A file that fails mid-way, or a
 * preparation that fails, is reported to the consumer by {@link #take()}. One producer, one consumer;
 * {@code prepare} must be thread-safe.
 *
 * @param <T> a prepared batch
 */
final class RowFeed<T> implements AutoCloseable {
    private static final int BATCH = 1024;

    private final BlockingQueue<Future<T>> queue;
    private final Future<T> end = CompletableFuture.completedFuture(null);
    private final Function<List<ParsedRow>, T> prepare;
    private final ExecutorService workers;
    private volatile ShipmentFileException failure;
    private volatile RuntimeException crash;
    private Thread thread;

    private RowFeed(Function<List<ParsedRow>, T> prepare, int workers) {
        this.prepare = prepare;
        // Two batches per worker waiting besides the one it works on keep the workers busy. Rows in flight are young
        // objects that every young collection copies: with 16 batches queued, each one copied about 16,000 rows.
        this.queue = new ArrayBlockingQueue<>(2 * workers + 2);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workers,
                r -> Thread.ofPlatform().name("chokepoint-check-" + n.incrementAndGet()).daemon().unstarted(r));
    }

    /**
     * @param workers threads preparing batches, at least 1
     */
    static <T> RowFeed<T> start(ShipmentReader reader, Function<List<ParsedRow>, T> prepare, int workers) {
        RowFeed<T> feed = new RowFeed<>(prepare, Math.max(1, workers));
        feed.thread = Thread.ofPlatform().name("chokepoint-read").daemon().start(() -> feed.produce(reader));
        return feed;
    }

    private void produce(ShipmentReader reader) {
        try {
            List<ParsedRow> batch = new ArrayList<>(BATCH);
            ParsedRow row;
            while ((row = reader.next()) != null) {
                batch.add(row);
                if (batch.size() == BATCH) {
                    submit(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) submit(batch);
        } catch (ShipmentFileException e) {
            failure = e;
        } catch (InterruptedException e) {
            // The consumer gave up (it failed itself); nothing is waiting for more rows.
            return;
        } catch (RuntimeException e) {
            crash = e;
        }
        try {
            queue.put(end);
        } catch (InterruptedException ignored) {
            // As above: the consumer is gone.
        }
    }

    private void submit(List<ParsedRow> batch) throws InterruptedException {
        queue.put(workers.submit(() -> prepare.apply(batch)));
    }

    /** The next prepared batch, or null after the last; rethrows what stopped the reader or a worker. */
    T take() throws ShipmentFileException {
        try {
            Future<T> f = queue.take();
            if (f != end) return f.get();
        } catch (InterruptedException e) {
            stop();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading records", e);
        } catch (ExecutionException e) {
            stop();
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
        if (failure != null) throw failure;
        if (crash != null) throw crash;
        return null;
    }

    /** Stops the reader and the workers when the consumer fails before the end. */
    void stop() {
        thread.interrupt();
        workers.shutdownNow();
    }

    /** Lets the workers end; call after the last batch (or after {@link #stop()}). */
    @Override
    public void close() {
        workers.shutdown();
    }
}
