package org.chokepoint.detect;

import org.chokepoint.trade.record.ShipmentColumn;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The rows the byte scan of {@link SqlRecordPass} could not prove valid, read again from the file by their bytes, in
 * file order, with their fields as DuckDB's strict read takes them (quotes removed, doubled quotes made one, an empty
 * unquoted field null): a few in a thousand rows, which SQL fetched from the table of all the rows at the cost of a
 * scan of every column. Only for a file the scan accepted (RFC 4180 to the letter, no carriage return but a line
 * break's, valid UTF-8): a row's bytes end before its line break, carriage return included.
 * Not thread-safe.
 */
final class OddRows implements AutoCloseable {
    private final FileChannel ch;
    private final int[] columnOf; // the ShipmentColumn ordinal of each field of a row, -1 for a column the pass does not read
    private final long[] bytes;
    private ByteBuffer window = ByteBuffer.allocate(1 << 20);
    private long windowStart = -1;
    private int next;

    /** @param bytes each row's first byte and the byte after its last, in pairs ({@link SqlRecordPass.Shape#oddBytes}) */
    OddRows(Path input, List<String> header, long[] bytes) throws IOException {
        this.ch = FileChannel.open(input, StandardOpenOption.READ);
        this.bytes = bytes;
        this.columnOf = new int[header.size()];
        for (int f = 0; f < columnOf.length; f++) {
            ShipmentColumn c = ShipmentColumn.of(header.get(f));
            columnOf[f] = c == null ? -1 : c.ordinal();
        }
    }

    /** Puts the next row's fields into {@code fields} (by {@link ShipmentColumn#ordinal()}, null when absent); false after the last. */
    boolean next(String[] fields) throws IOException {
        if (next * 2 >= bytes.length) return false;
        long from = bytes[next * 2], to = bytes[next * 2 + 1];
        next++;
        java.util.Arrays.fill(fields, null);
        int len = (int) (to - from);
        if (windowStart < 0 || from < windowStart || to > windowStart + window.limit()) {
            if (len > window.capacity()) window = ByteBuffer.allocate(len);
            window.clear();
            while (window.hasRemaining()) {
                int n = ch.read(window, from + window.position());
                if (n < 0) break;
            }
            window.flip();
            windowStart = from;
            if (window.limit() < len) throw new IOException("the file changed while it was read");
        }
        byte[] a = window.array();
        int i = (int) (from - windowStart), end = i + len, f = 0;
        java.io.ByteArrayOutputStream quoted = null;
        while (true) {
            String value;
            if (i < end && a[i] == '"') {
                // Quoted: up to the quote not followed by another; a doubled quote is one.
                if (quoted == null) quoted = new java.io.ByteArrayOutputStream();
                quoted.reset();
                i++;
                while (true) {
                    int q = i;
                    while (a[q] != '"') q++;
                    quoted.write(a, i, q - i);
                    if (q + 1 < end && a[q + 1] == '"') {
                        quoted.write('"');
                        i = q + 2;
                    } else {
                        i = q + 1;
                        break;
                    }
                }
                value = quoted.toString(StandardCharsets.UTF_8);
            } else {
                int e = i;
                while (e < end && a[e] != ',') e++;
                value = e == i ? null : new String(a, i, e - i, StandardCharsets.UTF_8);
                i = e;
            }
            if (f < columnOf.length && columnOf[f] >= 0) fields[columnOf[f]] = value;
            f++;
            if (i >= end) return true;
            i++; // the comma
        }
    }

    @Override
    public void close() throws IOException {
        ch.close();
    }
}
