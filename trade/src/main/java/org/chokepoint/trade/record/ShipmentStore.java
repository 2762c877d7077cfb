package org.chokepoint.trade.record;

import org.chokepoint.lists.Rejection;
import org.chokepoint.lists.SourceFile;
import org.chokepoint.lists.store.ConnectionEnd;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Named shipment datasets in an embedded DuckDB database, {@code trade.duckdb} in the data directory,
 * beside (not inside) the lists' {@code lists.duckdb}: shipment data is large and replaced wholesale,
 * lists are small and versioned, and separate files let each be loaded, backed up or deleted alone
 * and keep a long shipment load from holding the lock the list commands need. A query that needs
 * both attaches the other file.
 *
 * <p>A load streams the file through {@link ShipmentReader} and {@link PartWriters} into new part
 * tables, one per core, with DuckDB's appender; writes every rejection to the {@code shipment_rejects}
 * table and to a rejects CSV under {@code <data>/rejects/}; commits the parts (invisible to readers:
 * no dataset refers to them yet); then, in one transaction, creates the view that unites them,
 * rejects repeated {@code record_id}s (the first stays), checks that rows read = stored + rejected,
 * makes the view the dataset and drops the dataset's previous tables. A file that cannot be read, or
 * has no valid row, leaves what was stored as it was, rejects file included; its part tables are
 * dropped at once, or by the sweep of the next {@link #open} if the process dies first. One process
 * holds the database at a time (DuckDB's file lock) and one load runs at a time; instances are not
 * thread-safe.
 */
public final class ShipmentStore implements AutoCloseable {
    public static final String FILE_NAME = "trade.duckdb";
    /** How many rejections a load keeps in memory for its report; the rest are in the table and the file. */
    public static final int FIRST_REJECTIONS = 20;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private final DuckDBConnection conn;
    private final Path file;
    private final Path rejectsDir;
    private final DatasetCatalog catalog;

    private ShipmentStore(DuckDBConnection conn, Path file, Path rejectsDir) {
        this.conn = conn;
        this.file = file;
        this.rejectsDir = rejectsDir;
        this.catalog = new DatasetCatalog(conn);
    }

    /** Opens (creating when needed) the store in {@code dataDir}. */
    public static ShipmentStore open(Path dataDir) throws ShipmentStoreException {
        Path file = dataDir.resolve(FILE_NAME);
        Path rejects = dataDir.resolve("rejects");
        try {
            Files.createDirectories(rejects);
        } catch (IOException e) {
            throw new ShipmentStoreException("cannot create " + rejects + ": " + e.getMessage(), e);
        }
        try {
            Properties p = new Properties();
            p.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true");
            DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
            ShipmentStore store = new ShipmentStore(c, file, rejects);
            store.catalog.createSchema();
            store.catalog.sweep();
            return store;
        } catch (SQLException e) {
            throw new ShipmentStoreException("cannot open the shipment store " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The JDBC connection, for analyses that query the dataset tables directly (see {@link StoredDataset#table()}). */
    public Connection connection() {
        return conn;
    }

    /** Loads a file as the dataset {@code name}, replacing it atomically when it exists. */
    public ShipmentLoad load(Path input, String name) throws ShipmentFileException, ShipmentStoreException {
        return load(input, name, n -> {});
    }

    /**
     * Loads a file as the dataset {@code name}, replacing it atomically when it exists.
     *
     * @param progress called with the rows read so far, every 65,536 rows
     * @throws ShipmentFileException  when the file cannot be read (nothing changes in the store)
     * @throws ShipmentStoreException when the name is not allowed, no row is valid, or the database fails
     *                                (nothing changes in the store)
     */
    public ShipmentLoad load(Path input, String name, LongConsumer progress) throws ShipmentFileException, ShipmentStoreException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ShipmentStoreException("dataset name '" + name + "' not allowed: 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit");
        }
        long start = System.nanoTime();
        try (ShipmentReader reader = ShipmentReader.open(input)) {
            long loadId = nextLoadId();
            int parts = PartWriters.defaultParts();
            String view = ShipmentTable.view(loadId);
            Path part = rejectsDir.resolve(name + ".rejects.csv.part" + loadId);
            Path rejectsPath = rejectsDir.resolve(name + ".rejects.csv");
            Optional<StoredDataset> previous = dataset(name);
            LoadCounts counts = null;
            boolean partsCommitted = false;
            boolean committed = false;
            try (RejectsFile rejects = new RejectsFile(part)) {
                counts = new LoadCounts(rejects);
                List<DuckDBConnection> writers = new PartWriters(conn, loadId, parts).write(reader, counts, progress);
                partsCommitted = true;
                commitAll(writers);
                conn.setAutoCommit(false);
                try (Statement s = conn.createStatement()) {
                    s.execute(ShipmentTable.createViewSql(loadId, parts));
                }
                DuplicateIds.reject(conn, loadId, parts, reader, counts);
                long stored = count(view);
                long read = reader.rowsRead();
                if (stored != read - counts.rejectedRows()) {
                    throw new IllegalStateException("counts do not add up: read " + read + ", stored " + stored + ", rejected " + counts.rejectedRows());
                }
                if (stored == 0) {
                    throw new ShipmentStoreException(reader.name() + ": no valid row among " + read + " read; nothing stored"
                            + previous.map(p -> ", the dataset '" + name + "' stays as it was").orElse("")
                            + (counts.problems() > 0 ? " (the reasons are in " + failedPath(part, name) + ")" : ""));
                }
                SourceFile source = reader.source();
                LocalDate[] range = dateRange(view);
                if (previous.isPresent()) catalog.drop(previous.get());
                catalog.insert(name, loadId, view, parts, input, source, reader, read, stored, counts.rejectedRows(), range, rejectsPath);
                conn.commit();
                committed = true;
            } catch (SQLException | RuntimeException e) {
                throw new ShipmentStoreException(reader.name() + ": not stored (" + e.getMessage() + ")"
                        + previous.map(p -> "; the dataset '" + name + "' stays as it was").orElse(""), e);
            } catch (IOException e) {
                throw new ShipmentStoreException("cannot write the rejects file " + part + ": " + e.getMessage(), e);
            } finally {
                if (!committed) {
                    ConnectionEnd.rollback(conn);
                    ConnectionEnd.autoCommit(conn);
                    if (partsCommitted) catalog.dropLoad(loadId, parts);
                    keepFailedRejects(part, name, counts == null ? 0 : counts.problems());
                }
                ConnectionEnd.autoCommit(conn);
            }
            moveRejects(part, rejectsPath);
            StoredDataset stored = dataset(name).orElseThrow();
            return new ShipmentLoad(stored, previous.orElse(null), counts.first(), counts.problems(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Commits every writer's part; if one fails, the rest are rolled back and the caller drops what was committed. */
    private static void commitAll(List<DuckDBConnection> writers) throws SQLException {
        SQLException failure = null;
        for (DuckDBConnection c : writers) {
            if (failure != null) {
                PartWriters.abandon(c);
                continue;
            }
            try {
                c.commit();
                c.close();
            } catch (SQLException e) {
                failure = e;
                PartWriters.abandon(c);
            }
        }
        if (failure != null) throw failure;
    }

    /** Every dataset, by name. */
    public List<StoredDataset> datasets() throws ShipmentStoreException {
        return catalog.query("SELECT * FROM datasets ORDER BY name", null);
    }

    public Optional<StoredDataset> dataset(String name) throws ShipmentStoreException {
        return catalog.query("SELECT * FROM datasets WHERE name = ?", name).stream().findFirst();
    }

    /** The first {@code limit} rejections of a dataset's load, in file order. */
    public List<Rejection> rejections(String name, int limit) throws ShipmentStoreException {
        StoredDataset d = require(name);
        List<Rejection> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement("SELECT file, line, column_name, reason FROM shipment_rejects WHERE load_id = ? ORDER BY line, rowid LIMIT ?")) {
            p.setLong(1, d.loadId());
            p.setInt(2, limit);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.add(new Rejection(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new ShipmentStoreException("cannot read the rejections of '" + name + "': " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The stored shipments of a dataset in file order, streamed from the database: close the stream
     * (try-with-resources) when done. Reads on its own connection, so the store stays usable meanwhile.
     */
    public Stream<Shipment> shipments(String name) throws ShipmentStoreException {
        StoredDataset d = require(name);
        try {
            Connection c = conn.duplicate();
            Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT * FROM " + d.table() + " ORDER BY line");
            Spliterator<Shipment> split = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
                @Override
                public boolean tryAdvance(Consumer<? super Shipment> action) {
                    try {
                        if (!rs.next()) return false;
                        action.accept(ShipmentTable.read(rs));
                        return true;
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot read dataset '" + name + "': " + e.getMessage(), e);
                    }
                }
            };
            return StreamSupport.stream(split, false).onClose(() -> {
                try (c; s; rs) {
                    // Closed in reverse order by try-with-resources.
                } catch (SQLException ignored) {
                    // Only releases resources.
                }
            });
        } catch (SQLException e) {
            throw new ShipmentStoreException("cannot read dataset '" + name + "': " + e.getMessage(), e);
        }
    }

    /**
     * Writes the stored shipments of a dataset, in file order, to a Parquet file with the columns of
     * {@code formats.md} §1 (unknown columns the load kept in {@code extras} are not written), so that any
     * reader of shipment files, {@code detect} first, can take a stored dataset. Written under a temporary
     * name and moved into place; returns the rows written.
     */
    public long exportParquet(String name, Path target) throws ShipmentStoreException {
        StoredDataset d = require(name);
        Path part = target.resolveSibling(target.getFileName() + ".part");
        StringBuilder columns = new StringBuilder();
        for (ShipmentColumn c : ShipmentColumn.values()) columns.append(columns.isEmpty() ? "" : ", ").append(c.column());
        try (Statement s = conn.createStatement()) {
            Files.deleteIfExists(part);
            s.execute("COPY (SELECT " + columns + " FROM " + d.table() + " ORDER BY line) TO '" + part.toString().replace("'", "''")
                    + "' (FORMAT parquet)");
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            return d.stored();
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // The export failed already; that is the error to report.
            }
            throw new ShipmentStoreException("cannot write dataset '" + name + "' to " + target + ": " + e.getMessage(), e);
        }
    }

    private StoredDataset require(String name) throws ShipmentStoreException {
        return dataset(name).orElseThrow(() -> new ShipmentStoreException("no dataset '" + name + "' in " + file));
    }

    private long nextLoadId() throws ShipmentStoreException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT nextval('shipment_load_seq')")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new ShipmentStoreException("cannot use the shipment store " + file + ": " + e.getMessage(), e);
        }
    }

    private long count(String table) throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private LocalDate[] dateRange(String table) throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT min(date), max(date) FROM " + table)) {
            rs.next();
            return new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)};
        }
    }

    private static Path failedPath(Path part, String name) {
        return part.resolveSibling(name + ".rejects.failed.csv");
    }

    /** A failed load's reasons are worth keeping for the user, beside (never over) the stored dataset's own. */
    private static void keepFailedRejects(Path part, String name, long problems) {
        try {
            if (problems > 0) Files.move(part, failedPath(part, name), StandardCopyOption.REPLACE_EXISTING);
            else Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // The load failed already; that is the error to report.
        }
    }

    private static void moveRejects(Path part, Path target) throws ShipmentStoreException {
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            throw new ShipmentStoreException("the dataset is stored, but its rejects file could not be moved from " + part + " to " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        ConnectionEnd.close(conn);
    }
}
