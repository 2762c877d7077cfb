package org.chokepoint.detect;

import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work of a detector run on the work database through a second connection ({@link WorkDatabase#secondConnection()}) on a
 * thread of its own, while the run's thread goes on with work that does not need its result: DuckDB runs the statements
 * of two connections at once. {@link #await} or {@link #abandon} it before the work database is closed. Not thread-safe:
 * one caller thread.
 *
 * @param <T> what the work gives
 */
final class Alongside<T> {
    /** The work, given its own connection (closed when the work ends). */
    interface Work<T> {
        T run(WorkDatabase second) throws Exception;
    }

    private final FutureTask<T> task;
    private final String what;

    private Alongside(FutureTask<T> task, String what) {
        this.task = task;
        this.what = what;
    }

    /** Starts {@code work} on a new daemon thread named {@code "detect " + what}. */
    static <T> Alongside<T> start(WorkDatabase db, String what, Work<T> work) {
        FutureTask<T> task = new FutureTask<>(() -> {
            try (WorkDatabase second = db.secondConnection()) {
                return work.run(second);
            }
        });
        Thread.ofPlatform().name("detect " + what).daemon(true).start(task);
        return new Alongside<>(task, what);
    }

    /** Waits for the work and gives its result; its failure is thrown as it was (SQL and runtime failures). */
    T await() throws SQLException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException s) throw s;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error r) throw r;
            throw new IllegalStateException(what + " failed: " + cause, cause);
        }
    }

    /**
     * Waits for the work to end, whatever its outcome, and throws nothing: when the run failed elsewhere, the work database
     * must not be closed under a statement still running. Harmless after {@link #await}.
     */
    void abandon() {
        boolean interrupted = false;
        while (true) {
            try {
                task.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
