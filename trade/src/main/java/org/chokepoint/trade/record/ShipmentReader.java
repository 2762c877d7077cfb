package org.chokepoint.trade.record;

import org.chokepoint.lists.Rejection;
import org.chokepoint.lists.SourceFile;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a shipment file ({@code formats.md} §1), CSV or Parquet, one row at a time and applies the
 * format's rules to each: {@link #next()} gives the valid shipment or every reason the row was rejected.
 * Memory stays bounded by one row, so files of tens of millions of rows stream through. The format is
 * told by content: a file starting with {@code PAR1} is Parquet, anything else is read as CSV.
 *
 * <p>A file that cannot be read at all raises {@link ShipmentFileException}; a bad row never does. Not
 * thread-safe.
 */
public final class ShipmentReader implements AutoCloseable {

    private final Path path;
    private final ShipmentFormat format;
    private final RawRows rows;
    private final ShipmentParser parser;
    private final DigestInputStream digestStream;
    private long read;
    private boolean done;

    private ShipmentReader(Path path, ShipmentFormat format, RawRows rows, DigestInputStream digestStream) {
        this.path = path;
        this.format = format;
        this.rows = rows;
        this.digestStream = digestStream;
        this.parser = new ShipmentParser(name(path));
    }

    /** Opens a file and reads its header (CSV) or schema (Parquet); a CSV file's checksum is taken as it is read. */
    public static ShipmentReader open(Path path) throws ShipmentFileException {
        return open(path, true);
    }

    /**
     * Opens a file and reads its header (CSV) or schema (Parquet).
     *
     * @param checksumWhileReading take a CSV file's SHA-256 while reading it, for {@link #source()}; without it,
     *                             {@link #source()} reads the file once more (a reader that never asks saves the work)
     */
    public static ShipmentReader open(Path path, boolean checksumWhileReading) throws ShipmentFileException {
        String name = name(path);
        if (Files.isDirectory(path)) throw new ShipmentFileException(name, 0, "is a directory, not a shipment file: " + path);
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, 4);
        } catch (NoSuchFileException e) {
            throw new ShipmentFileException(name, 0, "file not found: " + path);
        } catch (IOException e) {
            throw new ShipmentFileException(name, 0, "cannot read: " + e.getMessage(), e);
        }
        if (ShipmentFormat.ofHead(head, n) == ShipmentFormat.PARQUET) {
            return new ShipmentReader(path, ShipmentFormat.PARQUET, new ParquetShipmentRows(name, path), null);
        }
        InputStream in = null;
        try {
            in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
            DigestInputStream digest = null;
            if (checksumWhileReading) in = digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
            return new ShipmentReader(path, ShipmentFormat.CSV, new CsvShipmentRows(name, in), digest);
        } catch (IOException e) {
            throw new ShipmentFileException(name, 0, "cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (ShipmentFileException | RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    /** The next data row, valid or rejected, or null after the last. */
    public ParsedRow next() throws ShipmentFileException {
        if (done) return null;
        RawRows.RawRow raw = rows.next();
        if (raw == null) {
            done = true;
            return null;
        }
        read++;
        if (raw.rowProblem() != null) {
            return new ParsedRow(raw.line(), null, null, List.of(new Rejection(name(), raw.line(), null, raw.rowProblem())));
        }
        return parser.parse(raw.line(), raw.values(), raw.extras());
    }

    /** Data rows read so far (valid and rejected). */
    public long rowsRead() {
        return read;
    }

    public ShipmentFormat format() {
        return format;
    }

    /** Columns of the file that the format does not define; their values are kept in {@link Shipment#extras()}. */
    public List<String> extraColumns() {
        return rows.extraColumns();
    }

    /** The file name used in messages. */
    public String name() {
        return name(path);
    }

    public Path path() {
        return path;
    }

    /**
     * Name, size and SHA-256 of the file as it is on disk. For CSV the checksum is taken while reading,
     * so call this after the last row; for Parquet, or CSV opened without, the file is read once more.
     */
    public SourceFile source() throws ShipmentFileException {
        try {
            if (digestStream != null) {
                byte[] buf = new byte[1 << 16];
                while (digestStream.read(buf) >= 0) {
                    // Whatever the CSV reader left unread still belongs in the checksum.
                }
                return new SourceFile(name(), Files.size(path), HexFormat.of().formatHex(digestStream.getMessageDigest().digest()));
            }
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(path), md)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return new SourceFile(name(), Files.size(path), HexFormat.of().formatHex(md.digest()));
        } catch (IOException e) {
            throw new ShipmentFileException(name(), 0, "cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            rows.close();
        } catch (IOException ignored) {
            // Reading is over; a failure to release the file changes nothing that was read.
        }
    }

    private static String name(Path path) {
        Path f = path.getFileName();
        return f == null ? path.toString() : f.toString();
    }

    private static void closeQuietly(InputStream in) {
        if (in == null) return;
        try {
            in.close();
        } catch (IOException ignored) {
            // Already failing; the first error is the one to report.
        }
    }
}
