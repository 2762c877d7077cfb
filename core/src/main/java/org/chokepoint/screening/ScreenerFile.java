package org.chokepoint.screening;

import org.chokepoint.model.Entity;
import org.chokepoint.text.NameNormalizer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * A {@link Screener} kept in a file, so that a process that screens a few names does not normalise every listed name
 * again (most of the seconds of {@link Screener#build}). The caller decides where the file lives and what lists it
 * stands for; this class writes and reads it, and refuses a file that does not hold exactly what building would give.
 *
 * <p>The file: the 8 bytes {@code CPSCREEN}, the format version ({@link #FORMAT}, an int), the key (an int length and
 * that many bytes of UTF-8), the payload's length (a long) and its CRC-32C (a long), then the payload ({@link IndexCodec}),
 * all big-endian. The key ({@link #key}) names the lists (the caller's words: which snapshots), the scorer
 * ({@link ScorerV1#NAME}) and the code and resources the index is computed by ({@link #codeVersion}), so any change
 * to the lists, the normaliser's vocabulary files or its code makes the file stale. A file is used only when its
 * format and key are the ones asked for, its length is the one written and its checksum agrees; it also names the
 * entities it was written for, which must be the ones given, in order. Stateless; thread-safe.
 */
public final class ScreenerFile {
    /** The version of the layout of the file and its payload; one more whenever {@link IndexCodec} writes a field more or less. */
    public static final int FORMAT = 2;
    private static final byte[] MAGIC = "CPSCREEN".getBytes(StandardCharsets.US_ASCII);

    private ScreenerFile() {}

    /**
     * The key of an index of {@code lists}: the format, the scorer, the code version and the lists, on one line.
     *
     * @param lists what the entities are, in the caller's words (for instance every current snapshot's source, number
     *              and load time); never null
     */
    public static String key(String lists) {
        return "format " + FORMAT + "; scorer " + ScorerV1.NAME + "; code " + codeVersion() + "; lists " + lists;
    }

    /** Writes {@code screener} with {@code key} to {@code out} (not closed). */
    public static void write(Screener screener, String key, OutputStream out) throws IOException {
        IndexCodec.Payload payload = IndexCodec.write(screener);
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        ByteBuffer head = ByteBuffer.allocate(MAGIC.length + 4 + 4 + k.length + 8 + 8);
        head.put(MAGIC).putInt(FORMAT).putInt(k.length).put(k).putLong(payload.length()).putLong(payload.crc32c());
        out.write(head.array());
        out.write(payload.table());
        out.write(payload.body(), 0, payload.bodyLength());
    }

    /**
     * Writes {@code screener} with {@code key} to {@code file}, through a temporary file beside it that replaces it
     * only when complete (a reader never sees half a file; a crash leaves the old file or none).
     */
    public static void write(Screener screener, String key, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Beside the file, named for this process (a temporary file of createTempFile would be readable by its owner only).
        Path tmp = dir.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(screener, key, out);
            }
            try {
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The screener kept in {@code file} over {@code entities}, which must be those it was written for.
     *
     * @throws NoSuchFileException     when there is no such file
     * @throws UnusableIndexException  when the file is stale (another key), of another format, truncated, damaged, or
     *                                 written for other entities
     * @throws IOException             when the file cannot be read
     */
    public static Screener read(Path file, String key, List<Entity> entities) throws IOException, UnusableIndexException {
        return read(file, key, entities, entities.stream().map(Entity::id).toList());
    }

    /**
     * {@link #read(Path, String, List)} with the entities' ids given apart: {@code entities} may then be a list that
     * makes each entity only when asked for (the screener asks for the few it scores); it must not change.
     *
     * @param ids the id of each of {@code entities}, in the same order
     */
    public static Screener read(Path file, String key, List<Entity> entities, List<String> ids) throws IOException, UnusableIndexException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            // Mapped, not read into the heap: the payload is read once, front to back, and its pages stay in the file cache.
            ByteBuffer buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, size).order(ByteOrder.BIG_ENDIAN);
            return read(buf, key, entities, ids);
        }
    }

    /**
     * The key written in {@code file}'s header, without reading the rest (whether a file is worth rewriting); empty when
     * the file is missing, not an index file, or of another format.
     */
    public static java.util.Optional<String> keyOf(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(ch.size(), 1 << 16));
            while (head.hasRemaining() && ch.read(head) > 0) {
                // the header only: keys are short
            }
            return keyOf(head.flip());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** {@link #keyOf(Path)} of a file's first bytes, positioned at its start. */
    public static java.util.Optional<String> keyOf(ByteBuffer head) {
        ByteBuffer b = head.duplicate();
        if (b.remaining() < MAGIC.length + 8) return java.util.Optional.empty();
        byte[] magic = new byte[MAGIC.length];
        b.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC) || b.getInt() != FORMAT) return java.util.Optional.empty();
        int n = b.getInt();
        if (n < 0 || n > b.remaining()) return java.util.Optional.empty();
        byte[] k = new byte[n];
        b.get(k);
        return java.util.Optional.of(new String(k, StandardCharsets.UTF_8));
    }

    /** {@link #read(Path, String, List)} from the file's bytes, positioned at its start. */
    public static Screener read(ByteBuffer buf, String key, List<Entity> entities) throws UnusableIndexException {
        return read(buf, key, entities, entities.stream().map(Entity::id).toList());
    }

    /** {@link #read(Path, String, List, List)} from the file's bytes, positioned at its start. */
    public static Screener read(ByteBuffer buf, String key, List<Entity> entities, List<String> ids) throws UnusableIndexException {
        if (entities.size() != ids.size()) throw new IllegalArgumentException(entities.size() + " entities but " + ids.size() + " ids");
        if (buf.remaining() < MAGIC.length + 8) throw new UnusableIndexException("it is truncated (" + buf.remaining() + " bytes)");
        byte[] magic = new byte[MAGIC.length];
        buf.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) throw new UnusableIndexException("it is not a screening index file");
        int format = buf.getInt();
        if (format != FORMAT) throw new UnusableIndexException("it has format " + format + ", this version reads format " + FORMAT);
        int keyLength = buf.getInt();
        if (keyLength < 0 || keyLength > buf.remaining() - 16) throw new UnusableIndexException("it is truncated or damaged (key length " + keyLength + ")");
        byte[] k = new byte[keyLength];
        buf.get(k);
        String written = new String(k, StandardCharsets.UTF_8);
        if (!written.equals(key)) throw new UnusableIndexException("it is stale (" + difference(written, key) + ")");
        long length = buf.getLong(), checksum = buf.getLong();
        if (length != buf.remaining()) {
            throw new UnusableIndexException("it is truncated or damaged (" + buf.remaining() + " bytes of payload, " + length + " written)");
        }
        CRC32C crc = new CRC32C();
        crc.update(buf.duplicate());
        if (crc.getValue() != checksum) throw new UnusableIndexException("it is damaged (checksum disagrees)");
        return IndexCodec.read(buf.slice(), entities, ids, NameNormalizer.standard());
    }

    /** The first of the key's parts that differs, in words ("lists: ... written, ... now"). */
    private static String difference(String written, String now) {
        String[] a = written.split("; ", 4), b = now.split("; ", 4);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                String part = b[i].contains(" ") ? b[i].substring(0, b[i].indexOf(' ')) : b[i];
                return part + " changed since it was written";
            }
        }
        return "its key differs";
    }

    private static volatile String codeVersion;

    /**
     * A hash of the code and resources of this module (name normalisation, its vocabulary files, similarity, screening)
     * and of the ICU version, which the index is computed by: from the module jar's table of contents (each entry's
     * name, size and CRC), or from the files of its class folder when not packaged (tests). Computed once per process.
     */
    public static String codeVersion() {
        String v = codeVersion;
        if (v == null) codeVersion = v = computeCodeVersion();
        return v;
    }

    private static String computeCodeVersion() {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        md.update(com.ibm.icu.util.VersionInfo.ICU_VERSION.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Path where = Path.of(ScreenerFile.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> s = Files.walk(where)) {
                    s.filter(Files::isRegularFile).forEach(files::add);
                }
                files.sort(null);
                for (Path f : files) {
                    md.update(where.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    md.update(Files.readAllBytes(f));
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    List<String> lines = new ArrayList<>();
                    for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
                        JarEntry e = en.nextElement();
                        if (!e.isDirectory()) lines.add(e.getName() + " " + e.getSize() + " " + e.getCrc());
                    }
                    lines.sort(null);
                    for (String l : lines) md.update(l.getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Without a known code version no file can be trusted: a key that no file has.
            return "unknown-" + System.nanoTime();
        }
        return HexFormat.of().formatHex(md.digest(), 0, 8);
    }
}
