package org.chokepoint.lists.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Ending a transaction or a connection after a failure has already happened, when a second failure has
 * nothing to add: the first one is the one to report. Shared by the stores of lists and of shipments.
 */
public final class ConnectionEnd {
    private ConnectionEnd() {}

    /** Rolls back, ignoring a failure to do so. */
    public static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The original failure is the one to report; closing discards the transaction anyway.
        }
    }

    /** Returns to auto-commit, ignoring a failure: the next statement reports a broken connection. */
    public static void autoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // The next statement will report a broken connection.
        }
    }

    /** Closes, ignoring a failure: closing a DuckDB connection only releases the file lock. */
    public static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Nothing more to release.
        }
    }
}
