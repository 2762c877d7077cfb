package org.chokepoint.trade.record;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and validates a file on a second thread, a few batches ahead of the thread that stores the
 * rows: on two cores, parsing and checking overlap with DuckDB's appending and compressing. Memory
 * stays bounded by {@code DEPTH} batches of {@code BATCH} rows. An error of the reading thread is
 * raised by {@link #next()} in the storing thread, in its place in the file. One consumer only.
 */
final class ReadAhead implements AutoCloseable {
    private static final int BATCH = 4096;
    private static final int DEPTH = 4;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(DEPTH);
    private final Thread thread;
    private List<ParsedRow> batch = List.of();
    private int next;
    private boolean ended;

    ReadAhead(ShipmentReader reader) {
        this.thread = Thread.ofPlatform().daemon().name("shipment-read-ahead").start(() -> run(reader));
    }

    private void run(ShipmentReader reader) {
        try {
            List<ParsedRow> rows = new ArrayList<>(BATCH);
            ParsedRow r;
            while ((r = reader.next()) != null) {
                rows.add(r);
                if (rows.size() == BATCH) {
                    queue.put(rows);
                    rows = new ArrayList<>(BATCH);
                }
            }
            if (!rows.isEmpty()) queue.put(rows);
            queue.put(END);
        } catch (InterruptedException e) {
            // Closed by the consumer: nothing more is wanted.
        } catch (ShipmentFileException | RuntimeException e) {
            try {
                queue.put(e);
            } catch (InterruptedException ignored) {
                // Closed meanwhile.
            }
        }
    }

    /** The next row, or null after the last; rethrows what stopped the reading thread. */
    ParsedRow next() throws ShipmentFileException {
        while (next == batch.size()) {
            if (ended) return null;
            Object o;
            try {
                o = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading", e);
            }
            if (o == END) {
                ended = true;
                return null;
            }
            if (o instanceof ShipmentFileException e) throw e;
            if (o instanceof RuntimeException e) throw e;
            @SuppressWarnings("unchecked")
            List<ParsedRow> rows = (List<ParsedRow>) o;
            batch = rows;
            next = 0;
        }
        return batch.get(next++);
    }

    /** Stops the reading thread and waits for it, so the reader may be closed safely after. */
    @Override
    public void close() {
        thread.interrupt();
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
