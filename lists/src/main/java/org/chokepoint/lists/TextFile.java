package org.chokepoint.lists;

import java.io.IOException;
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
import java.util.HexFormat;

/**
 * A list file read whole and checked before any parser sees it: not empty, not binary, valid UTF-8.
 * Strips a UTF-8 byte-order mark and the DOS end-of-file byte 0x1A that OFAC's legacy CSV files end with.
 * Lists are at most tens of megabytes, so reading them whole is cheap and lets every reader report the
 * same clear errors.
 *
 * @param path   the file
 * @param text   its decoded content
 * @param source name, size and SHA-256 of the bytes as they are on disk
 */
public record TextFile(Path path, String text, SourceFile source) {

    /** The file name used in messages. */
    public String name() {
        return path.getFileName().toString();
    }

    public static TextFile read(Path path) throws ListFormatException {
        String name = path.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ListFormatException(name, 0, "file not found: " + path);
        } catch (IOException e) {
            throw new ListFormatException(name, 0, "cannot read: " + e.getMessage(), e);
        }
        SourceFile source = new SourceFile(name, bytes.length, sha256(bytes));
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == 0x1A)) end--;
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (end - start <= 0 || isBlank(bytes, start, end)) throw new ListFormatException(name, 0, "the file is empty");
        for (int i = start; i < Math.min(end, start + 65536); i++) {
            if (bytes[i] == 0) throw new ListFormatException(name, lineAt(bytes, i), "binary content (a NUL byte at offset " + i + "): not a text list file");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
            return new TextFile(path, text, source);
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8(bytes, start, end);
            throw new ListFormatException(name, lineAt(bytes, offset),
                    "invalid UTF-8 (byte 0x" + HexFormat.of().toHexDigits(bytes[Math.max(offset, 0)]) + " at offset " + offset + ")");
        }
    }

    /**
     * The first bytes of a file as text, without a byte-order mark, for recognising a format cheaply;
     * null when the file cannot be read.
     */
    public static String head(Path path, int bytes) {
        if (!Files.isRegularFile(path)) return null;
        try (java.io.InputStream in = Files.newInputStream(path)) {
            String head = new String(in.readNBytes(bytes), StandardCharsets.UTF_8);
            return head.startsWith("\uFEFF") ? head.substring(1) : head;
        } catch (IOException e) {
            return null;
        }
    }

    /** Checksum of a file on disk, for snapshot records of files read by other means. */
    public static SourceFile describe(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        return new SourceFile(path.getFileName().toString(), bytes.length, sha256(bytes));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isBlank(byte[] b, int start, int end) {
        for (int i = start; i < end; i++) if (b[i] != ' ' && b[i] != '\n' && b[i] != '\r' && b[i] != '\t') return false;
        return true;
    }

    private static long lineAt(byte[] b, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < b.length; i++) if (b[i] == '\n') line++;
        return line;
    }

    /** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
    static int firstInvalidUtf8(byte[] b, int start, int end) {
        int i = start;
        while (i < end) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (n < 0) return i;
            for (int k = 1; k <= n; k++) if (i + k >= end || (b[i + k] & 0xC0) != 0x80) return i;
            i += n + 1;
        }
        return Math.max(start, end - 1);
    }
}
