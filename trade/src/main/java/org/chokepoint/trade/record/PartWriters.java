package org.chokepoint.trade.record;

import org.chokepoint.lists.Rejection;
import org.chokepoint.lists.store.ConnectionEnd;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongConsumer;

/**
 * The writing of one load, spread over cores. The calling thread reads and checks the file and hands
 * batches of rows to {@code parts} writer threads; each appends its batches, through DuckDB's appender
 * on a connection of its own, to a part table of its own ({@code shipments_<load>_p<k>}) and the
 * rejections to {@code shipment_rejects}, in a transaction it leaves open. DuckDB compresses a table's
 * row groups in the thread that appends, so one appender keeps one core busy however many there are;
 * several part tables share the work out. Memory is bounded by a few batches in flight.
 *
 * <p>{@link #write} returns the writers' connections with their transactions still open: the caller
 * commits them all or rolls them all back. Used once.
 */
final class PartWriters {
    private static final int BATCH = 4096;
    private static final int PROGRESS_EVERY = 1 << 16;
    private static final Object END = new Object();

    private final DuckDBConnection conn;
    private final long loadId;
    private final int parts;

    PartWriters(DuckDBConnection conn, long loadId, int parts) {
        this.conn = conn;
        this.loadId = loadId;
        this.parts = parts;
    }

    /** How many part tables a load writes: one per core, at most four. */
    static int defaultParts() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    static String part(long loadId, int k) {
        return "shipments_" + loadId + "_p" + k;
    }

    /** A writer thread and what became of it. */
    private final class Writer implements Runnable {
        final int k;
        final DuckDBConnection c;
        final BlockingQueue<Object> queue;
        volatile Throwable failure;

        Writer(int k, DuckDBConnection c, BlockingQueue<Object> queue) {
            this.k = k;
            this.c = c;
            this.queue = queue;
        }

        @Override
        public void run() {
            try {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute(ShipmentTable.createSql(part(loadId, k)));
                }
                try (DuckDBAppender rows = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, part(loadId, k));
                     DuckDBAppender rejects = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "shipment_rejects")) {
                    Object o;
                    while ((o = queue.take()) != END) {
                        @SuppressWarnings("unchecked")
                        List<ParsedRow> batch = (List<ParsedRow>) o;
                        for (ParsedRow row : batch) {
                            if (row.ok()) ShipmentTable.append(rows, row.line(), row.shipment());
                            else for (Rejection r : row.problems()) rejection(rejects, loadId, r, row.recordId());
                        }
                    }
                }
            } catch (Throwable t) {
                failure = t;
                drain();
            }
        }

        /** After a failure, keeps taking batches so that the reading thread is never stuck. */
        private void drain() {
            try {
                while (queue.take() != END) {
                    // Discarded: the load fails as a whole.
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void rejection(DuckDBAppender a, long loadId, Rejection r, String recordId) throws SQLException {
        a.beginRow();
        a.append(loadId);
        a.append(r.file());
        a.append(r.line());
        if (r.field() == null) a.appendNull();
        else a.append(r.field());
        a.append(r.reason());
        if (recordId == null) a.appendNull();
        else a.append(recordId);
        a.endRow();
    }

    /**
     * Reads the file to its end and writes every row.
     *
     * @return the writer connections, transactions open, holding the part tables
     * @throws ShipmentFileException when the file turns out unreadable (the writers are rolled back and closed)
     * @throws SQLException          when a writer fails (likewise)
     */
    List<DuckDBConnection> write(ShipmentReader reader, LoadCounts counts, LongConsumer progress) throws ShipmentFileException, SQLException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2 * parts);
        List<Writer> writers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        boolean ok = false;
        try {
            for (int k = 0; k < parts; k++) {
                Writer w = new Writer(k, conn.duplicate(), queue);
                writers.add(w);
                threads.add(Thread.ofPlatform().daemon().name("shipment-writer-" + k).start(w));
            }
            try {
                read(reader, counts, progress, queue, writers);
            } finally {
                for (int k = 0; k < parts; k++) put(queue, END);
                for (Thread t : threads) join(t);
            }
            for (Writer w : writers) {
                if (w.failure instanceof SQLException e) throw e;
                if (w.failure != null) throw new SQLException("writer " + w.k + " failed: " + w.failure, w.failure);
            }
            ok = true;
            return writers.stream().map(w -> w.c).toList();
        } finally {
            if (!ok) for (Writer w : writers) abandon(w.c);
        }
    }

    private void read(ShipmentReader reader, LoadCounts counts, LongConsumer progress, BlockingQueue<Object> queue, List<Writer> writers)
            throws ShipmentFileException {
        List<ParsedRow> batch = new ArrayList<>(BATCH);
        ParsedRow row;
        while ((row = reader.next()) != null) {
            if (!row.ok()) counts.reject(row.problems(), row.recordId());
            batch.add(row);
            if (batch.size() == BATCH) {
                put(queue, batch);
                batch = new ArrayList<>(BATCH);
                if (writers.stream().anyMatch(w -> w.failure != null)) return;
            }
            if (reader.rowsRead() % PROGRESS_EVERY == 0) progress.accept(reader.rowsRead());
        }
        if (!batch.isEmpty()) put(queue, batch);
        progress.accept(reader.rowsRead());
    }

    private static void put(BlockingQueue<Object> queue, Object o) {
        try {
            queue.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        }
    }

    /** Rolls back and closes a writer's connection: its part table never existed for anyone else. */
    static void abandon(DuckDBConnection c) {
        ConnectionEnd.rollback(c);
        ConnectionEnd.close(c);
    }
}
