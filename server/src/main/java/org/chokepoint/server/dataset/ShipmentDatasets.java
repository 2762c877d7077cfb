package org.chokepoint.server.dataset;

import org.chokepoint.lists.Rejection;
import org.chokepoint.server.ContentTooLargeException;
import org.chokepoint.server.DeskException;
import org.chokepoint.trade.record.ShipmentFileException;
import org.chokepoint.trade.record.ShipmentFormat;
import org.chokepoint.trade.record.ShipmentLoad;
import org.chokepoint.trade.record.ShipmentStore;
import org.chokepoint.trade.record.ShipmentStoreException;
import org.chokepoint.trade.record.StoredDataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shipment datasets of the data directory: uploads are kept under {@code <data>/uploads/} (the file
 * a detection run reads) and loaded, row by row with every rejection recorded, into the trade module's
 * {@link ShipmentStore} ({@code trade.duckdb}, the store {@code chokepoint shipments load} writes).
 *
 * <p>The store is opened for each operation and closed after it, so the desk holds DuckDB's file lock on
 * {@code trade.duckdb} only while it works and the CLI can load datasets while the desk is idle. Every
 * operation runs under this object's lock (the store is not thread-safe). Thread-safe.
 */
public final class ShipmentDatasets {
    /** The largest upload accepted: a desk upload is held on disk, but a bigger file belongs to {@code shipments load}. */
    public static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private final Path dataDir;
    private final Path uploads;

    public ShipmentDatasets(Path dataDir) {
        this.dataDir = dataDir;
        this.uploads = dataDir.resolve("uploads");
    }

    /**
     * Stores {@code body} as dataset {@code name}, replacing a dataset of that name atomically. The body is
     * copied to disk first (at most {@link #MAX_UPLOAD_BYTES}); Parquet is told from CSV by its first bytes.
     *
     * @throws IllegalArgumentException when the name is not allowed, the body is empty or too large, or the
     *                                  file cannot be read as shipments (nothing is stored; the message says why)
     */
    public ShipmentLoad upload(String name, InputStream body) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("dataset name '" + name + "' not allowed: 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit");
        }
        Path file;
        try {
            Files.createDirectories(uploads);
            Path part = Files.createTempFile(uploads, name + ".", ".part");
            long size;
            try (OutputStream out = Files.newOutputStream(part)) {
                size = copy(body, out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(part);
                throw e;
            }
            if (size == 0) {
                Files.deleteIfExists(part);
                throw new IllegalArgumentException("the upload is empty: send a CSV or Parquet file of shipment records (formats.md §1)");
            }
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
            file = uploads.resolve(name + "." + stamp + (isParquet(part) ? ".parquet" : ".csv"));
            Files.move(part, file);
        } catch (IOException e) {
            throw new DeskException("cannot keep the upload under " + uploads + ": " + e.getMessage(), e);
        }
        // The body was copied without the lock (a slow client must not stall the others); the store needs it.
        synchronized (this) {
            return load(name, file);
        }
    }

    private ShipmentLoad load(String name, Path file) {
        try (ShipmentStore store = ShipmentStore.open(dataDir)) {
            ShipmentLoad load = store.load(file, name);
            removeOlderUploads(name, file);
            return load;
        } catch (ShipmentFileException | ShipmentStoreException e) {
            deleteQuietly(file);
            throw new IllegalArgumentException(e.getMessage().replace(file.getFileName().toString(), "upload '" + name + "'"), e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /** Every stored dataset, by name. */
    public synchronized List<StoredDataset> all() {
        try (ShipmentStore store = ShipmentStore.open(dataDir)) {
            return store.datasets();
        } catch (ShipmentStoreException e) {
            throw new DeskException(e.getMessage(), e);
        }
    }

    public synchronized Optional<StoredDataset> find(String name) {
        try (ShipmentStore store = ShipmentStore.open(dataDir)) {
            return store.dataset(name);
        } catch (ShipmentStoreException e) {
            throw new DeskException(e.getMessage(), e);
        }
    }

    /** The first {@code limit} rejections of a dataset's load, in file order; empty when the dataset does not exist. */
    public synchronized List<Rejection> rejections(String name, int limit) {
        try (ShipmentStore store = ShipmentStore.open(dataDir)) {
            if (store.dataset(name).isEmpty()) return List.of();
            return store.rejections(name, limit);
        } catch (ShipmentStoreException e) {
            throw new DeskException(e.getMessage(), e);
        }
    }

    /**
     * The file a detection run reads for a dataset: the file its last load read, when it still exists (an
     * upload kept here, or the file {@code shipments load} was given).
     */
    public Optional<Path> file(String name) {
        return find(name).map(d -> Path.of(d.file())).filter(Files::isRegularFile);
    }

    private static long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > MAX_UPLOAD_BYTES) throw new ContentTooLargeException("the upload is larger than " + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB; load it with: chokepoint shipments load FILE --dataset NAME");
            out.write(buf, 0, n);
        }
        return total;
    }

    private static boolean isParquet(Path file) throws IOException {
        return ShipmentFormat.of(file) == ShipmentFormat.PARQUET;
    }

    /** Earlier uploads of the dataset are no longer what it holds. */
    private void removeOlderUploads(String name, Path keep) {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(uploads, name + ".*")) {
            for (Path p : ds) {
                String rest = p.getFileName().toString().substring(name.length() + 1);
                if (!p.equals(keep) && rest.matches("\\d{8}-\\d{6}-\\d{3}\\.(csv|parquet)")) deleteQuietly(p);
            }
        } catch (IOException ignored) {
            // Only disk space is at stake; the dataset is stored.
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Only disk space is at stake.
        }
    }
}
