package org.chokepoint.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The desk's own embedded database ({@code desk.duckdb} in the data directory, beside the lists'
 * {@code lists.duckdb}): users, API tokens, sessions, decisions, cases and the audit log.
 *
 * <p>One JDBC connection, used by one thread at a time: every unit of work runs under this object's
 * lock, so a decision and its audit entry are written together or not at all and concurrent requests
 * never interleave inside a transaction. The work done under the lock is a handful of small statements,
 * so serialising it costs little next to the HTTP round trip. Thread-safe.
 */
public final class DeskDatabase implements AutoCloseable {
    public static final String FILE_NAME = "desk.duckdb";

    /** A unit of work on the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final Connection conn;
    private final Path file;

    private DeskDatabase(Connection conn, Path file) {
        this.conn = conn;
        this.file = file;
    }

    /** Opens (creating when needed) {@code desk.duckdb} in {@code dataDir}. */
    public static DeskDatabase open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new DeskException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
        }
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        try {
            DeskDatabase db = new DeskDatabase(DriverManager.getConnection("jdbc:duckdb:" + file), file);
            db.createSchema();
            return db;
        } catch (SQLException e) {
            throw new DeskException("cannot open the desk database " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    private void createSchema() throws SQLException {
        try (Statement s = conn.createStatement()) {
            for (String seq : new String[] {"decision_seq", "case_seq", "audit_seq"}) s.execute("CREATE SEQUENCE IF NOT EXISTS " + seq + " START 1");
            s.execute("""
                CREATE TABLE IF NOT EXISTS users (username VARCHAR PRIMARY KEY, display_name VARCHAR NOT NULL, role VARCHAR NOT NULL,
                  password_hash VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL)""");
            s.execute("""
                CREATE TABLE IF NOT EXISTS api_tokens (token_hash VARCHAR PRIMARY KEY, username VARCHAR NOT NULL, label VARCHAR,
                  created_at TIMESTAMP NOT NULL)""");
            s.execute("""
                CREATE TABLE IF NOT EXISTS sessions (session_hash VARCHAR PRIMARY KEY, username VARCHAR NOT NULL, csrf VARCHAR NOT NULL,
                  created_at TIMESTAMP NOT NULL, expires_at TIMESTAMP NOT NULL)""");
            s.execute("""
                CREATE TABLE IF NOT EXISTS decisions (decision_id BIGINT PRIMARY KEY, party_id VARCHAR NOT NULL, decision VARCHAR NOT NULL,
                  reason VARCHAR NOT NULL, actor VARCHAR NOT NULL, decided_at TIMESTAMP NOT NULL)""");
            s.execute("""
                CREATE TABLE IF NOT EXISTS decision_matches (decision_id BIGINT NOT NULL, party_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL,
                  fingerprint VARCHAR NOT NULL)""");
            s.execute("""
                CREATE TABLE IF NOT EXISTS cases (case_id BIGINT PRIMARY KEY, title VARCHAR NOT NULL, party_ids VARCHAR NOT NULL,
                  created_by VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL)""");
            s.execute("""
                CREATE TABLE IF NOT EXISTS case_events (case_id BIGINT NOT NULL, event_at TIMESTAMP NOT NULL, actor VARCHAR NOT NULL,
                  status VARCHAR NOT NULL, note VARCHAR NOT NULL)""");
            s.execute("""
                CREATE TABLE IF NOT EXISTS audit_log (audit_id BIGINT PRIMARY KEY, logged_at TIMESTAMP NOT NULL, actor VARCHAR NOT NULL,
                  action VARCHAR NOT NULL, target VARCHAR, reason VARCHAR, detail VARCHAR)""");
        }
    }

    /** Runs {@code work} in one transaction under the lock: committed when it returns, rolled back when it throws. */
    public synchronized <T> T transaction(Work<T> work) {
        try {
            conn.setAutoCommit(false);
            try {
                T result = work.run(conn);
                conn.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DeskException("desk database: " + e.getMessage(), e);
        }
    }

    /** Runs read-only {@code work} under the lock. */
    public synchronized <T> T read(Work<T> work) {
        try {
            return work.run(conn);
        } catch (SQLException e) {
            throw new DeskException("desk database: " + e.getMessage(), e);
        }
    }

    /** The next value of one of the desk's sequences; call inside a transaction. */
    public static long next(Connection c, String sequence) throws SQLException {
        try (var s = c.prepareStatement("SELECT nextval(?)"); ) {
            s.setString(1, sequence);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException ignored) {
            // Closing only releases DuckDB's file lock; nothing is left to save.
        }
    }
}
