package org.chokepoint.detect;

import org.chokepoint.lists.store.ConnectionEnd;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The detector's scratch database: a DuckDB file in a temporary folder of the output directory, so that
 * records live on disk (DuckDB spills what does not fit its memory limit) and never all in the Java
 * heap. Deleted when closed. Not thread-safe.
 */
final class WorkDatabase implements AutoCloseable {
    private final Path dir;
    private final DuckDBConnection conn;
    /** Whether closing deletes the folder: false for a second connection ({@link #secondConnection()}). */
    private final boolean owner;

    private WorkDatabase(Path dir, DuckDBConnection conn, boolean owner) {
        this.dir = dir;
        this.conn = conn;
        this.owner = owner;
    }

    /**
     * Another connection to the same database, for work on another thread beside this one's (DuckDB runs the statements
     * of two connections at once; one connection runs one at a time). Closing it closes only that connection; close it
     * before this one.
     */
    WorkDatabase secondConnection() throws SQLException {
        return new WorkDatabase(dir, (DuckDBConnection) conn.duplicate(), false);
    }

    static WorkDatabase create(Path outDir, String memoryLimit) throws IOException, SQLException {
        Path dir = Files.createTempDirectory(outDir, ".detect-work-");
        Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("work.duckdb"));
        try (Statement s = c.createStatement()) {
            s.execute("SET memory_limit = '" + memoryLimit + "'");
            s.execute("SET temp_directory = '" + dir.resolve("spill").toString().replace("'", "''") + "'");
            s.execute("SET preserve_insertion_order = false");
            // The record pass's tables live in the work file, compressed. As TEMP tables (uncompressed in the buffer
            // pool) appending cost about 0.5 CPU-s less per million rows, but at ten million records the rules' queries
            // then ran out of DuckDB's memory (2 GB): the records must stay out of memory, not only out of the heap.
            s.execute("""
                    CREATE TABLE rec (idx BIGINT, day INTEGER, xm INTEGER, im INTEGER, seller_cc INTEGER, buyer_cc INTEGER,
                      dest INTEGER, via INTEGER, origin INTEGER, hs6 INTEGER, concern BOOLEAN, tier INTEGER,
                      value DOUBLE, qty DOUBLE, unit INTEGER, kg DOUBLE)""");
            // The texts behind rec's numbered columns (country codes, HS-6, tier, unit).
            s.execute("CREATE TABLE term (code INTEGER, text VARCHAR)");
            s.execute("CREATE TABLE rflag (idx BIGINT, rule VARCHAR, weight DOUBLE, roles INTEGER, detail VARCHAR)");
            s.execute("CREATE TABLE mark (idx BIGINT, party INTEGER, rule VARCHAR, weight DOUBLE, detail VARCHAR)");
        }
        return new WorkDatabase(dir, (DuckDBConnection) c, true);
    }

    DuckDBConnection connection() {
        return conn;
    }

    Path dir() {
        return dir;
    }

    DuckDBAppender appender(String table) throws SQLException {
        return conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
    }

    void execute(String sql) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute(sql);
        }
    }

    long count(String sql) throws SQLException {
        try (Statement s = conn.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws IOException {
        ConnectionEnd.close(conn);
        if (!owner) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
