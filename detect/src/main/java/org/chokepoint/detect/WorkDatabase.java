package org.chokepoint.detect;

import org.chokepoint.lists.store.ConnectionEnd;
import org.chokepoint.trade.record.ShipmentFormat;
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
 * The detector's scratch database, in a temporary folder of the output directory: records live in DuckDB, never all in
 * the Java heap. For a file whose work fits DuckDB's memory limit ({@link #fitsInMemory}) an in-memory database, which
 * spills what does not fit to the folder; for a larger one a DuckDB file there, whose tables are compressed. Deleted
 * when closed. Not thread-safe.
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

    /** A work database in a file ({@code create(outDir, memoryLimit, false)}). */
    static WorkDatabase create(Path outDir, String memoryLimit) throws IOException, SQLException {
        return create(outDir, memoryLimit, false);
    }

    /**
     * Whether the work of a shipment file of this many bytes fits in memory: a CSV file (not Parquet, whose bytes hold
     * far more rows) of at most a quarter of DuckDB's memory limit. Its work tables, uncompressed, take about as many
     * bytes as the file (a million generated records, 260 MB of CSV: rec, rid, rflag, trade and the marks, some 250 MB),
     * and {@link SqlRecordPass} holds the file's rows in memory besides only while it reads, when they fit half the limit.
     *
     * @param memoryLimit a DuckDB size setting ("2GB"); false when it cannot be read
     */
    static boolean fitsInMemory(long fileBytes, boolean parquet, String memoryLimit) {
        long limit = SqlRecordPass.bytes(memoryLimit);
        return !parquet && limit > 0 && fileBytes <= limit / 4;
    }

    /**
     * {@link #fitsInMemory(long, boolean, String)} for a file, Parquet when it starts with {@code PAR1}; false when it
     * cannot be read (the record pass then says why, as for any file).
     */
    static boolean fitsInMemory(Path input, String memoryLimit) {
        try {
            return fitsInMemory(Files.size(input), ShipmentFormat.of(input) == ShipmentFormat.PARQUET, memoryLimit);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param inMemory an in-memory database (uncompressed tables, spilled to the folder past the memory limit) rather
     *                 than a file: at a million records appending and reading its tables cost less CPU (the trade table
     *                 0.7-0.8 CPU-s instead of 1.5-2.0), but at ten million records they do not fit the memory and the
     *                 file, compressed, is read back faster; see {@link #fitsInMemory}
     */
    static WorkDatabase create(Path outDir, String memoryLimit, boolean inMemory) throws IOException, SQLException {
        Path dir = Files.createTempDirectory(outDir, ".detect-work-");
        Connection c = DriverManager.getConnection("jdbc:duckdb:" + (inMemory ? "" : dir.resolve("work.duckdb")));
        try (Statement s = c.createStatement()) {
            s.execute("SET memory_limit = '" + memoryLimit + "'");
            s.execute("SET temp_directory = '" + dir.resolve("spill").toString().replace("'", "''") + "'");
            s.execute("SET preserve_insertion_order = false");
            // The record pass's tables live in the work database: in a file, compressed, for a large input. As TEMP tables
            // (uncompressed in the buffer pool) appending cost about 0.5 CPU-s less per million rows, but at ten million
            // records the rules' queries then ran out of DuckDB's memory (2 GB): the records must stay out of memory, not
            // only out of the heap. (TEMP tables are also seen by their own connection only; those of an in-memory
            // database by every connection, BesideScreening's too.)
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
