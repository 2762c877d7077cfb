package org.chokepoint.screening;

import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityName;
import org.chokepoint.similarity.TokenAlignment;
import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.NormalizedName;
import org.chokepoint.text.TokenWeights;

import java.io.DataOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The body of a screening index file ({@link ScreenerFile}): everything {@link Screener#build} computes from the
 * entities, field by field, so that reading it gives the same screener without normalising a name. Each part of the
 * index has its write and its read method side by side here, and nowhere else: a field added to a part (a new
 * {@link NormalizedName} component, a new array of {@link ScreeningIndex}) is added to both, and
 * {@link ScreenerFile#FORMAT} goes up by one, which makes every file written before unusable (rebuilt, never misread).
 *
 * <p>Every string is written once, in a table before the body, and referred to by number: listed names share most of
 * their words, and the strings read back are shared as they were in memory. Arrays of numbers are written whole, in
 * the big-endian order of {@link DataOutputStream}, and read back in bulk. Not thread-safe; one instance per file.
 */
final class IndexCodec {
    /** Written after the last part: a reader that does not meet it read something else than what was written. */
    private static final int END = 0x454E4421;

    private IndexCodec() {}

    /** The payload of the file: the string table, then the body. */
    static Payload write(Screener screener) {
        Out out = new Out();
        ScreeningIndex index = screener.index();
        // The sections written in their keys' order are sorted meanwhile, on another core, while the names are written.
        java.util.concurrent.CompletableFuture<List<Map.Entry<String, int[]>[]>> postings = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> List.of(sorted(index.tokenPostings), sorted(index.gramPostings), sorted(index.keyPostings)));
        java.util.concurrent.CompletableFuture<Map.Entry<String, Integer>[]> frequencies = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> sorted(index.weights.documentFrequencies()));
        out.writeInt(index.entities.size());
        for (Entity e : index.entities) out.writeString(e.id());
        for (int e = 0; e < index.entities.size(); e++) {
            List<IndexedName> names = index.names.get(e);
            out.writeInt(names.size());
            for (IndexedName n : names) writeIndexedName(out, n);
            // What laying the names out finds by reading them again (NameParts.honoree), most of that work.
            out.writeInts(index.layouts[e].honorees());
        }
        writeWeights(out, index.weights, frequencies.join());
        writeLexicon(out, index.lexicon);
        writePostings(out, index.tokenPostings, postings.join().get(0));
        writePostings(out, index.gramPostings, postings.join().get(1));
        writePostings(out, index.keyPostings, postings.join().get(2));
        out.writeInts(index.docToEntity);
        out.writeInt(index.byIdentifier.size());
        new TreeMap<>(index.byIdentifier).forEach((k, v) -> {
            out.writeString(k);
            out.writeInts(v);
        });
        Map<String, List<String>> acronyms = screener.acronyms().equivalents();
        out.writeInt(acronyms.size());
        new TreeMap<>(acronyms).forEach((k, v) -> {
            out.writeString(k);
            out.writeStrings(v);
        });
        out.writeInt(END);
        return out.payload();
    }

    /**
     * The screener the payload holds, over {@code entities} (the ones it was written for, in the same order, whose ids
     * are {@code ids}): the entities themselves are not read here, so a list that makes them when asked stays unread.
     *
     * @throws UnusableIndexException when the entities are not those it was written for, or the payload does not read
     *                                as written (a file damaged in a way its checksum did not catch)
     */
    static Screener read(ByteBuffer payload, List<Entity> entities, List<String> ids, NameNormalizer normalizer) throws UnusableIndexException {
        try {
            In in = new In(payload);
            int count = in.readInt();
            if (count != entities.size()) {
                throw new UnusableIndexException("it was written for " + count + " entities, not the " + entities.size() + " given");
            }
            for (int e = 0; e < count; e++) {
                String id = in.readString();
                if (!id.equals(ids.get(e))) {
                    throw new UnusableIndexException("it was written for other entities (entity " + e + " is " + id + ", not " + ids.get(e) + ")");
                }
            }
            List<List<IndexedName>> names = new ArrayList<>(count);
            int[][] honorees = new int[count][];
            for (int e = 0; e < count; e++) {
                int size = in.readInt();
                IndexedName[] ns = new IndexedName[size];
                for (int i = 0; i < size; i++) ns[i] = readIndexedName(in, e);
                names.add(List.of(ns));
                honorees[e] = in.readInts();
                if (honorees[e].length != size) throw new UnusableIndexException("entity " + e + " has " + honorees[e].length + " honorees for " + size + " names");
            }
            TokenWeights weights = readWeights(in, normalizer);
            Lexicon lexicon = readLexicon(in);
            TermPostings tokens = readPostings(in), grams = readPostings(in), keys = readPostings(in);
            int[] docToEntity = in.readInts();
            int identifiers = in.readInt();
            Map<String, int[]> byIdentifier = HashMap.newHashMap(identifiers);
            for (int i = 0; i < identifiers; i++) byIdentifier.put(in.readString(), in.readInts());
            int acronymCount = in.readInt();
            Map<String, List<String>> acronyms = HashMap.newHashMap(acronymCount);
            for (int i = 0; i < acronymCount; i++) acronyms.put(in.readString(), in.readStrings());
            if (in.readInt() != END || payload.hasRemaining()) throw new UnusableIndexException("its body does not end where it should");
            ScreeningIndex index = ScreeningIndex.of(entities, List.copyOf(names), weights, lexicon, tokens, grams, keys, docToEntity, byIdentifier,
                    honorees);
            return new Screener(index, normalizer, AcronymEquivalents.of(acronyms));
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException | NullPointerException e) {
            throw new UnusableIndexException("its body does not read as written (" + e + ")");
        }
    }

    // One listed name (an entity's name can give several parts): the name as listed, its normalised form, its spellings.

    private static void writeIndexedName(Out out, IndexedName n) {
        writeEntityName(out, n.name());
        writeNormalized(out, n.normalized());
        out.writeInt(n.spellings().size());
        for (IndexedName.ListedSpelling s : n.spellings()) writeSpelling(out, s);
    }

    private static IndexedName readIndexedName(In in, int entity) {
        EntityName name = readEntityName(in);
        NormalizedName normalized = readNormalized(in);
        IndexedName.ListedSpelling[] spellings = new IndexedName.ListedSpelling[in.readInt()];
        for (int i = 0; i < spellings.length; i++) spellings[i] = readSpelling(in);
        return new IndexedName(entity, name, normalized, List.of(spellings));
    }

    /** The listed name as written (an equal copy of the entity's, so that reading it does not need the entity). */
    private static void writeEntityName(Out out, EntityName n) {
        out.writeString(n.value());
        out.writeString(n.kind().name());
        out.writeString(n.script());
    }

    private static EntityName readEntityName(In in) {
        return new EntityName(in.readString(), org.chokepoint.model.NameKind.valueOf(in.readString()), in.readString());
    }

    private static void writeNormalized(Out out, NormalizedName n) {
        out.writeString(n.original());
        out.writeString(n.script());
        out.writeStrings(n.legalForms());
        out.writeStrings(n.tokens());
        out.writeStringLists(n.variants());
        out.writeString(n.acronym());
        out.writeStrings(n.translated());
        out.writeStringLists(n.acronyms());
    }

    private static NormalizedName readNormalized(In in) {
        return new NormalizedName(in.readString(), in.readString(), in.readStrings(), in.readStrings(), in.readStringLists(), in.readString(),
                in.readStrings(), in.readStringLists());
    }

    private static void writeSpelling(Out out, IndexedName.ListedSpelling s) {
        out.writeStrings(s.tokens());
        out.writeInts(s.ids());
        out.writeDoubles(s.weights());
        out.writeBoolean(s.translated());
        out.writeBoolean(s.primary());
        out.writeLong(s.firstLetters());
        out.writeBoolean(s.acronym());
        writeShape(out, s.shape());
        out.writeInt(s.letters());
        out.writeLong(s.keyBits());
    }

    private static IndexedName.ListedSpelling readSpelling(In in) {
        return new IndexedName.ListedSpelling(in.readStrings(), in.readInts(), in.readDoubles(), in.readBoolean(), in.readBoolean(), in.readLong(),
                in.readBoolean(), readShape(in), in.readInt(), in.readLong());
    }

    private static void writeShape(Out out, TokenAlignment.Shape s) {
        out.writeInts(s.wordHashes());
        out.writeInts(s.pairHashes());
        out.writeString(s.initials());
        out.writeStrings(List.of(s.acronyms()));
        out.writeLong(s.wordBits());
        out.writeLong(s.pairBits());
        out.writeLong(s.acronymTrigrams());
        out.writeLong(s.initialTrigrams());
    }

    private static TokenAlignment.Shape readShape(In in) {
        return new TokenAlignment.Shape(in.readInts(), in.readInts(), in.readString(), in.readStrings().toArray(String[]::new), in.readLong(), in.readLong(),
                in.readLong(), in.readLong());
    }

    // The rarity weights: the corpus's document frequencies (the descriptive words are the normaliser's, not data).

    private static void writeWeights(Out out, TokenWeights w, Map.Entry<String, Integer>[] sorted) {
        out.writeInt(w.documents());
        out.writeInt(sorted.length);
        // In the words' order, not the map's, whose iteration order differs from JVM to JVM: the same lists give the same file.
        for (Map.Entry<String, Integer> e : sorted) {
            out.writeString(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    /** The map's entries in the order of their keys (as a {@link TreeMap} holds them): sorting an array costs less than filling a tree. */
    @SuppressWarnings("unchecked")
    private static <V> Map.Entry<String, V>[] sorted(Map<String, V> map) {
        Map.Entry<String, V>[] a = map.entrySet().toArray(Map.Entry[]::new);
        java.util.Arrays.sort(a, Map.Entry.comparingByKey());
        return a;
    }

    /** The postings' terms with their names, in the terms' order. */
    @SuppressWarnings("unchecked")
    private static Map.Entry<String, int[]>[] sorted(TermPostings p) {
        List<Map.Entry<String, int[]>> terms = new ArrayList<>(p.termCount());
        p.forEachTerm((t, names) -> terms.add(Map.entry(t, names)));
        Map.Entry<String, int[]>[] a = terms.toArray(Map.Entry[]::new);
        java.util.Arrays.sort(a, Map.Entry.comparingByKey());
        return a;
    }

    private static TokenWeights readWeights(In in, NameNormalizer normalizer) {
        int documents = in.readInt();
        int size = in.readInt();
        Map<String, Integer> df = HashMap.newHashMap(size);
        for (int i = 0; i < size; i++) df.put(in.readString(), in.readInt());
        return TokenWeights.of(df, documents, normalizer::descriptive);
    }

    private static void writeLexicon(Out out, Lexicon l) {
        out.writeInt(l.size());
        for (int i = 0; i < l.size(); i++) {
            out.writeString(l.word(i));
            out.writeString(l.key(i));
        }
    }

    private static Lexicon readLexicon(In in) {
        int size = in.readInt();
        String[] words = new String[size], keys = new String[size];
        for (int i = 0; i < size; i++) {
            words[i] = in.readString();
            keys[i] = in.readString();
        }
        return Lexicon.of(words, keys);
    }

    private static void writePostings(Out out, TermPostings p, Map.Entry<String, int[]>[] sorted) {
        out.writeInt(p.docCount());
        out.writeLong(p.pairs());
        out.writeInt(p.termCount());
        // In the terms' order, not the map's: a map's iteration order may depend on the order its entries were put in, so
        // an index read from a file and written again could differ from the file (ScreenerFileTest, now and then).
        for (Map.Entry<String, int[]> e : sorted) {
            out.writeString(e.getKey());
            out.writeInts(e.getValue());
        }
    }

    private static TermPostings readPostings(In in) {
        int docCount = in.readInt();
        long pairs = in.readLong();
        String[] terms = new String[in.length(4)];
        int[][] names = new int[terms.length][];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = in.readString();
            names[i] = in.readInts();
        }
        return TermPostings.of(terms, names, docCount, pairs);
    }

    /**
     * The payload as written: the string table, then the body, each in its own array (joining them would copy the whole
     * index once more). Write {@code table} whole, then {@code body[0, bodyLength)}.
     */
    record Payload(byte[] table, byte[] body, int bodyLength) {
        long length() {
            return (long) table.length + bodyLength;
        }

        long crc32c() {
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(table);
            crc.update(body, 0, bodyLength);
            return crc.getValue();
        }
    }

    /**
     * Writes the body in memory, numbering strings as they come; {@link #payload} puts the string table before it. Into
     * one growing array, big-endian as {@link DataOutputStream} writes: a stream's call per value (synchronised, bounds
     * checked, a view buffer per array) was most of writing.
     */
    private static final class Out {
        private static final java.lang.invoke.VarHandle INT = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.BIG_ENDIAN);
        private static final java.lang.invoke.VarHandle LONG = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);
        private byte[] bytes = new byte[1 << 20];
        private int size;
        /**
         * The strings numbered so far, by their place in {@link #order}: an open-addressing table of the strings, their
         * hashes and their numbers (a hash map's node and boxed number per string, some 500,000 for all lists, were most of
         * writing the names).
         */
        private String[] keys = new String[1 << 16];
        private int[] hashes = new int[1 << 16], numbers = new int[1 << 16];
        private final List<String> order = new ArrayList<>(1 << 16);

        private void room(int n) {
            if (bytes.length - size < n) bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(2L * bytes.length, (long) size + n)));
        }

        void writeInt(int v) {
            room(4);
            INT.set(bytes, size, v);
            size += 4;
        }

        void writeLong(long v) {
            room(8);
            LONG.set(bytes, size, v);
            size += 8;
        }

        void writeBoolean(boolean v) {
            room(1);
            bytes[size++] = (byte) (v ? 1 : 0);
        }

        void writeString(String s) {
            writeInt(number(s));
        }

        /** The number of {@code s} in the string table, numbering it when it is new: strings are numbered as they come. */
        private int number(String s) {
            int h = s.hashCode(), mask = keys.length - 1;
            int i = slot(h, mask);
            for (String k; (k = keys[i]) != null; i = (i + 1) & mask) {
                if (hashes[i] == h && (k == s || k.equals(s))) return numbers[i];
            }
            int n = order.size();
            order.add(s);
            keys[i] = s;
            hashes[i] = h;
            numbers[i] = n;
            if (2 * order.size() > keys.length) grow();
            return n;
        }

        /** The first slot to try for a string of hash {@code h}: the hash's bits mixed, since strings' hashes are not. */
        private static int slot(int h, int mask) {
            return (int) ((h * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        }

        private void grow() {
            String[] k = new String[2 * keys.length];
            int[] h = new int[k.length], n = new int[k.length];
            int mask = k.length - 1;
            for (int j = 0; j < keys.length; j++) {
                if (keys[j] == null) continue;
                int i = slot(hashes[j], mask);
                while (k[i] != null) i = (i + 1) & mask;
                k[i] = keys[j];
                h[i] = hashes[j];
                n[i] = numbers[j];
            }
            keys = k;
            hashes = h;
            numbers = n;
        }

        void writeStrings(List<String> list) {
            writeInt(list.size());
            for (String s : list) writeString(s);
        }

        void writeStringLists(List<List<String>> lists) {
            writeInt(lists.size());
            for (List<String> l : lists) writeStrings(l);
        }

        /** The length, then the values, big-endian as {@link DataOutputStream#writeInt} writes each. */
        void writeInts(int[] a) {
            room(4 + 4 * a.length);
            INT.set(bytes, size, a.length);
            size += 4;
            for (int v : a) {
                INT.set(bytes, size, v);
                size += 4;
            }
        }

        /** The length, then each value's raw bits, big-endian as {@link DataOutputStream#writeLong} writes them. */
        void writeDoubles(double[] a) {
            room(4 + 8 * a.length);
            INT.set(bytes, size, a.length);
            size += 4;
            for (double v : a) {
                LONG.set(bytes, size, Double.doubleToRawLongBits(v));
                size += 8;
            }
        }

        /** The string table (the count, then each string's length and UTF-8 bytes) and the body. */
        Payload payload() {
            byte[][] utf8 = new byte[order.size()][];
            long total = 4 + 4L * utf8.length;
            for (int i = 0; i < utf8.length; i++) total += (utf8[i] = order.get(i).getBytes(StandardCharsets.UTF_8)).length;
            if (total > Integer.MAX_VALUE - 8) throw new IllegalStateException("string table of " + total + " bytes");
            byte[] table = new byte[(int) total];
            int at = 0;
            INT.set(table, at, utf8.length);
            at += 4;
            for (byte[] b : utf8) {
                INT.set(table, at, b.length);
                at += 4;
                System.arraycopy(b, 0, table, at, b.length);
                at += b.length;
            }
            return new Payload(table, bytes, size);
        }
    }

    /** Reads the string table, then the body, from a big-endian buffer positioned at the payload. */
    private static final class In {
        private final ByteBuffer buf;
        private final String[] strings;

        In(ByteBuffer buf) {
            this.buf = buf;
            int count = buf.getInt();
            if (count < 0 || count > buf.remaining() / 4) throw new IllegalArgumentException("string table of " + count + " strings");
            strings = new String[count];
            byte[] scratch = new byte[256];
            for (int i = 0; i < count; i++) {
                int len = buf.getInt();
                if (len > scratch.length) scratch = new byte[Math.max(len, 2 * scratch.length)];
                buf.get(scratch, 0, len);
                strings[i] = new String(scratch, 0, len, StandardCharsets.UTF_8);
            }
        }

        int readInt() {
            return buf.getInt();
        }

        long readLong() {
            return buf.getLong();
        }

        boolean readBoolean() {
            byte b = buf.get();
            if (b != 0 && b != 1) throw new IllegalArgumentException("boolean " + b);
            return b == 1;
        }

        String readString() {
            return strings[buf.getInt()];
        }

        List<String> readStrings() {
            int n = length(4);
            if (n == 0) return List.of();
            String[] a = new String[n];
            for (int i = 0; i < n; i++) a[i] = readString();
            return List.of(a);
        }

        @SuppressWarnings("unchecked")
        List<List<String>> readStringLists() {
            int n = length(4);
            if (n == 0) return List.of();
            List<String>[] a = new List[n];
            for (int i = 0; i < n; i++) a[i] = readStrings();
            return List.of(a);
        }

        int[] readInts() {
            int n = length(4);
            int[] a = new int[n];
            buf.asIntBuffer().get(a);
            buf.position(buf.position() + 4 * n);
            return a;
        }

        double[] readDoubles() {
            int n = length(8);
            double[] a = new double[n];
            buf.asDoubleBuffer().get(a);
            buf.position(buf.position() + 8 * n);
            return a;
        }

        /** A length read from the body, checked against what is left, so that a damaged length fails rather than allocates. */
        private int length(int bytesEach) {
            int n = buf.getInt();
            if (n < 0 || (long) n * bytesEach > buf.remaining()) throw new IllegalArgumentException("length " + n + " at byte " + buf.position());
            return n;
        }
    }
}
