package org.chokepoint.trade.record;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.chokepoint.lists.Rejection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The rejected rows of a load as CSV ({@code file, line, column, reason, record_id}; one line per
 * problem), for the person who fixes the input file. Written as it goes, so its size never weighs on
 * memory. Not thread-safe.
 */
public final class RejectsFile implements AutoCloseable {
    public static final String[] HEADER = {"file", "line", "column", "reason", "record_id"};

    private final Path path;
    private final CsvWriter writer;
    private long lines;

    public RejectsFile(Path path) throws IOException {
        this.path = path;
        this.writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(path, StandardCharsets.UTF_8);
        writer.writeRecord(HEADER);
    }

    public void write(Rejection r, String recordId) {
        try {
            writer.writeRecord(r.file(), Long.toString(r.line()), r.field() == null ? "" : r.field(), r.reason(), recordId == null ? "" : recordId);
            lines++;
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write the rejects file " + path + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Problems written (rows of the file without the header). */
    public long lines() {
        return lines;
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
