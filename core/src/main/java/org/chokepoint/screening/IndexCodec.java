package org.chokepoint.screening;

import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityName;
import org.chokepoint.similarity.TokenAlignment;
import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.NormalizedName;
import org.chokepoint.text.TokenWeights;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    static byte[] write(Screener screener) {
        Out out = new Out();
        ScreeningIndex index = screener.index();
        out.writeInt(index.entities.size());
        for (Entity e : index.entities) out.writeString(e.id());
        for (int e = 0; e < index.entities.size(); e++) {
            List<IndexedName> names = index.names.get(e);
            out.writeInt(names.size());
            for (IndexedName n : names) writeIndexedName(out, n);
            // What laying the names out finds by reading them again (NameParts.honoree), most of that work.
            out.writeInts(index.layouts[e].honorees());
        }
        writeWeights(out, index.weights);
        writeLexicon(out, index.lexicon);
        writePostings(out, index.tokenPostings);
        writePostings(out, index.gramPostings);
        writePostings(out, index.keyPostings);
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

    private static void writeWeights(Out out, TokenWeights w) {
        out.writeInt(w.documents());
        out.writeInt(w.documentFrequencies().size());
        // In the words' order, not the map's, whose iteration order differs from JVM to JVM: the same lists give the same file.
        new java.util.TreeMap<>(w.documentFrequencies()).forEach((t, df) -> {
            out.writeString(t);
            out.writeInt(df);
        });
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

    private static void writePostings(Out out, TermPostings p) {
        out.writeInt(p.docCount());
        out.writeLong(p.pairs());
        out.writeInt(p.termCount());
        // In the terms' order, not the map's: a map's iteration order may depend on the order its entries were put in, so
        // an index read from a file and written again could differ from the file (ScreenerFileTest, now and then).
        TreeMap<String, int[]> sorted = new TreeMap<>();
        p.forEachTerm(sorted::put);
        sorted.forEach((t, names) -> {
            out.writeString(t);
            out.writeInts(names);
        });
    }

    private static TermPostings readPostings(In in) {
        int docCount = in.readInt();
        long pairs = in.readLong();
        int terms = in.readInt();
        Map<String, int[]> postings = HashMap.newHashMap(terms);
        for (int i = 0; i < terms; i++) postings.put(in.readString(), in.readInts());
        return TermPostings.of(postings, docCount, pairs);
    }

    /** Writes the body in memory, numbering strings as they come; {@link #payload} puts the string table before it. */
    private static final class Out {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        private final DataOutputStream body = new DataOutputStream(bytes);
        private final Map<String, Integer> strings = new LinkedHashMap<>();

        void writeInt(int v) {
            try {
                body.writeInt(v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void writeLong(long v) {
            try {
                body.writeLong(v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void writeBoolean(boolean v) {
            try {
                body.writeBoolean(v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void writeString(String s) {
            Integer id = strings.get(s);
            if (id == null) {
                id = strings.size();
                strings.put(s, id);
            }
            writeInt(id);
        }

        void writeStrings(List<String> list) {
            writeInt(list.size());
            for (String s : list) writeString(s);
        }

        void writeStringLists(List<List<String>> lists) {
            writeInt(lists.size());
            for (List<String> l : lists) writeStrings(l);
        }

        /**
         * The length, then the values, big-endian as {@link DataOutputStream#writeInt} writes each: in one write, as the
         * stream's write per value (a synchronised call for four bytes) was most of writing the postings.
         */
        void writeInts(int[] a) {
            writeInt(a.length);
            byte[] b = new byte[4 * a.length];
            java.nio.ByteBuffer.wrap(b).asIntBuffer().put(a);
            write(b);
        }

        /** The length, then each value's raw bits, big-endian as {@link DataOutputStream#writeLong} writes them. */
        void writeDoubles(double[] a) {
            writeInt(a.length);
            byte[] b = new byte[8 * a.length];
            java.nio.LongBuffer longs = java.nio.ByteBuffer.wrap(b).asLongBuffer();
            for (double v : a) longs.put(Double.doubleToRawLongBits(v));
            write(b);
        }

        private void write(byte[] b) {
            try {
                body.write(b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        byte[] payload() {
            ByteArrayOutputStream all = new ByteArrayOutputStream(bytes.size() + 32 * strings.size());
            DataOutputStream out = new DataOutputStream(all);
            try {
                out.writeInt(strings.size());
                for (String s : strings.keySet()) {
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(b.length);
                    out.write(b);
                }
                bytes.writeTo(out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return all.toByteArray();
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
