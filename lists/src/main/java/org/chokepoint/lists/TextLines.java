package org.chokepoint.lists;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A text file read one line at a time, with the checks of {@link TextFile}: not empty, not binary,
 * valid UTF-8, a byte-order mark and trailing 0x1A bytes stripped. For line-oriented files that can
 * be too large to hold whole (FollowTheMoney JSON lines run to gigabytes). Lines are split on bytes
 * and decoded one by one, so a bad byte is reported with its exact line. Not thread-safe.
 */
public final class TextLines implements Closeable {
    private final Path path;
    private final InputStream in;
    private final MessageDigest digest;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long bytes;
    private long lineNumber;
    private boolean sawContent;
    private byte[] line = new byte[1 << 12];

    private TextLines(Path path, InputStream in) {
        this.path = path;
        this.in = in;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TextLines open(Path path) throws ListFormatException {
        try {
            return new TextLines(path, Files.newInputStream(path));
        } catch (NoSuchFileException e) {
            throw new ListFormatException(path.getFileName().toString(), 0, "file not found: " + path);
        } catch (IOException e) {
            throw new ListFormatException(path.getFileName().toString(), 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The file name used in messages. */
    public String name() {
        return path.getFileName().toString();
    }

    /** The 1-based number of the line last returned by {@link #next}. */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * The next line without its line break, or null at the end of the file. A file with no
     * non-blank line raises "the file is empty" when its end is reached.
     */
    public String next() throws ListFormatException {
        int len = 0;
        boolean any = false;
        while (true) {
            if (pos == limit && !fill()) break;
            any = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n') pos++;
            int n = pos - start;
            if (len + n > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, len + n));
            System.arraycopy(buf, start, line, len, n);
            len += n;
            if (pos < limit) {
                pos++;
                break;
            }
        }
        if (!any) {
            if (!sawContent) throw new ListFormatException(name(), 0, "the file is empty");
            return null;
        }
        lineNumber++;
        int from = 0;
        if (lineNumber == 1 && len >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) from = 3;
        int to = len;
        if (to > from && line[to - 1] == '\r') to--;
        // 0x1A is the DOS end-of-file byte; it ends no real line, so it is stripped wherever it trails.
        while (to > from && line[to - 1] == 0x1A) to--;
        for (int i = from; i < to; i++) {
            if (line[i] == 0) throw new ListFormatException(name(), lineNumber, "binary content (a NUL byte): not a text list file");
        }
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(line, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new ListFormatException(name(), lineNumber, "invalid UTF-8 (byte 0x"
                    + HexFormat.of().toHexDigits(line[TextFile.firstInvalidUtf8(line, from, to)]) + ")");
        }
        if (!text.isBlank()) sawContent = true;
        return text;
    }

    /**
     * Name, size and SHA-256 of the whole file. Reads what is left unread (without checking it) so
     * that the checksum covers every byte.
     */
    public SourceFile source() throws ListFormatException {
        pos = limit;
        while (fill()) pos = limit;
        return new SourceFile(name(), bytes, HexFormat.of().formatHex(digest.digest()));
    }

    private boolean fill() throws ListFormatException {
        if (eof) return false;
        try {
            int n = in.read(buf);
            if (n < 0) {
                eof = true;
                pos = limit = 0;
                return false;
            }
            digest.update(buf, 0, n);
            bytes += n;
            pos = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new ListFormatException(name(), lineNumber, "cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
