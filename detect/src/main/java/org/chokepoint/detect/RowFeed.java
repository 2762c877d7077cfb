package org.chokepoint.detect;

import org.chokepoint.trade.record.ParsedRow;
import org.chokepoint.trade.record.ShipmentFileException;
import org.chokepoint.trade.record.ShipmentReader;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and checks the rows of a shipment file on a thread of its own and hands them over in batches, in
 * file order, so that parsing (about a third of the record pass) runs beside the rules on the other core.
 * The queue is short, so memory stays bounded by a few batches. A file that fails mid-way is reported to
 * the consumer by {@link #take()}. One producer, one consumer.
 */
final class RowFeed {
    private static final int BATCH = 1024;
    private static final List<ParsedRow> END = List.of();

    private final BlockingQueue<List<ParsedRow>> queue = new ArrayBlockingQueue<>(16);
    private volatile ShipmentFileException failure;
    private volatile RuntimeException crash;
    private Thread thread;

    private RowFeed() {}

    static RowFeed start(ShipmentReader reader) {
        RowFeed feed = new RowFeed();
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
                    queue.put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) queue.put(batch);
        } catch (ShipmentFileException e) {
            failure = e;
        } catch (InterruptedException e) {
            // The consumer gave up (it failed itself); nothing is waiting for more rows.
            return;
        } catch (RuntimeException e) {
            crash = e;
        }
        try {
            queue.put(END);
        } catch (InterruptedException ignored) {
            // As above: the consumer is gone.
        }
    }

    /** The next batch, or null after the last; rethrows what stopped the reader. */
    List<ParsedRow> take() throws ShipmentFileException {
        List<ParsedRow> b;
        try {
            b = queue.take();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading records", e);
        }
        if (b != END) return b;
        if (failure != null) throw failure;
        if (crash != null) throw crash;
        return null;
    }

    /** Stops the reader when the consumer fails before the end. */
    void stop() {
        thread.interrupt();
    }
}
