package org.chokepoint.screening;

import java.util.HashMap;
import java.util.Map;

/**
 * One field of the candidate index: for each term (a name word, or a character trigram), the listed
 * names that contain it, as ascending name numbers. A term counts once per name.
 *
 * <p>A matching term earns a name the score BM25 gives a term that is present once in a field without
 * length norms: {@code boost × idf × (1 − 1 / (1 + 1 / (k1 × (1 − b + b / avgdl))))}, with
 * {@code idf = ln(1 + (N − df + 0.5) / (df + 0.5))}, {@code k1 = 1.2}, {@code b = 0.75}, and
 * {@code avgdl} the mean number of terms per name. It is the arithmetic of Lucene's
 * {@code BM25Similarity} for a presence-only field (Lucene's {@code StringField}), which an earlier
 * version of the index used: rare terms count for much, trigrams shared by thousands of names for
 * next to nothing. Plain arrays rather than a search library because the index is small (tens of
 * thousands of names) and a query asks for a hundred terms or so: adding up their postings costs
 * less than setting up a search.
 *
 * <p>Immutable after {@link Builder#build()}; thread-safe.
 */
final class TermPostings {
    private static final float K1 = 1.2f, B = 0.75f;
    private static final int[] NONE = new int[0];

    private final Map<String, Term> postings;
    /**
     * The terms of three characters (trigrams) again, in an open-addressing table keyed by their characters packed into
     * a long: a query looks up some eighty trigrams, and a hash map's node, key string and entry are a cache miss each.
     */
    private final long[] tripleKeys;
    private final Term[] tripleTerms;
    /** Names with at least one term in this field. */
    private final int docCount;
    /** Term and name pairs: the sum of the postings' lengths. */
    private final long pairs;
    /** BM25's inverse length norm for a field without norms: {@code 1 / (k1 × (1 − b + b / avgdl))}. */
    private final float normInverse;

    /**
     * @param termCount how many terms {@code postings} gives
     * @param postings  gives each term with its names (ascending) to the consumer it is handed, once each
     */
    private TermPostings(int termCount, java.util.function.Consumer<java.util.function.BiConsumer<String, int[]>> postings, int docCount, long pairs) {
        this.docCount = docCount;
        this.pairs = pairs;
        float avgdl = docCount == 0 ? 1f : (float) (pairs / (double) docCount);
        this.normInverse = 1f / (K1 * ((1 - B) + B * 1f / avgdl));
        Map<String, Term> terms = HashMap.newHashMap(termCount);
        postings.accept((t, p) -> terms.put(t, new Term(p, (float) Math.log(1 + (docCount - p.length + 0.5D) / (p.length + 0.5D)), normInverse)));
        this.postings = terms;
        int triples = 0;
        for (String t : terms.keySet()) if (t.length() == 3) triples++;
        int capacity = Integer.highestOneBit(Math.max(4, triples * 2 + 1)) << 1;
        tripleKeys = new long[capacity];
        tripleTerms = new Term[capacity];
        terms.forEach((t, term) -> {
            if (t.length() != 3) return;
            int i = slot(pack(t), capacity);
            while (tripleKeys[i] != 0) i = (i + 1) & (capacity - 1);
            tripleKeys[i] = pack(t);
            tripleTerms[i] = term;
        });
    }

    /**
     * Postings restored from what {@link #forEachTerm}, {@link #docCount()} and {@link #pairs()} gave (an index kept on
     * disk): the same terms, names and scores as the {@link Builder#build()} that gave them.
     */
    static TermPostings of(Map<String, int[]> postings, int docCount, long pairs) {
        return new TermPostings(postings.size(), postings::forEach, docCount, pairs);
    }

    /** {@link #of(Map, int, long)} of the terms {@code terms[i]}, each with its names {@code names[i]}. */
    static TermPostings of(String[] terms, int[][] names, int docCount, long pairs) {
        if (terms.length != names.length) throw new IllegalArgumentException(terms.length + " terms, " + names.length + " postings");
        return new TermPostings(terms.length, each -> {
            for (int i = 0; i < terms.length; i++) each.accept(terms[i], names[i]);
        }, docCount, pairs);
    }

    int docCount() {
        return docCount;
    }

    long pairs() {
        return pairs;
    }

    int termCount() {
        return postings.size();
    }

    /** Calls {@code each} with every term and its names (ascending; do not modify), in no particular order. */
    void forEachTerm(java.util.function.BiConsumer<String, int[]> each) {
        postings.forEach((t, term) -> each.accept(t, term.names()));
    }

    /** A term of three characters packed into a long, never 0. */
    private static long pack(String t) {
        return pack(t.charAt(0), t.charAt(1), t.charAt(2));
    }

    /** The term of these three characters packed into a long as {@link #term(long)} takes it, never 0. */
    static long pack(char a, char b, char c) {
        return 1L << 48 | (long) a << 32 | (long) b << 16 | c;
    }

    private static int slot(long key, int capacity) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (capacity - 1);
    }

    /**
     * One term's names (ascending; do not modify) and its inverse document frequency, computed once at build.
     */
    record Term(int[] names, float idf, float normInverse) {
        /** What the term adds to the score of a name that contains it, at the given boost: 0 for a term no name has. */
        float score(float boost) {
            if (names.length == 0) return 0;
            float weight = boost * idf;
            // In float, as BM25 computes it, so that the ranking (and its ties) stays what it was.
            return weight - weight / (1f + 1f * normInverse);
        }
    }

    private static final Term ABSENT = new Term(NONE, 0f, 1f);

    /** The term's names and weight; a term without names when no name has it. Never null. */
    Term term(String term) {
        if (term.length() == 3) return term(pack(term));
        return postings.getOrDefault(term, ABSENT);
    }

    /** {@link #term(String)} of the term of three characters packed by {@link #pack(char, char, char)}. */
    Term term(long packed) {
        int mask = tripleKeys.length - 1;
        for (int i = slot(packed, tripleKeys.length); tripleKeys[i] != 0; i = (i + 1) & mask) if (tripleKeys[i] == packed) return tripleTerms[i];
        return ABSENT;
    }

    /** The names that contain the term, ascending; empty when none. Never null; do not modify. */
    int[] names(String term) {
        return term(term).names();
    }

    /** What the term adds to the score of a name that contains it, at the given boost: 0 for a term no name has. */
    float score(String term, float boost) {
        return term(term).score(boost);
    }

    /**
     * Collects names' terms in name order. Not thread-safe; the names of a large index may be split into blocks of
     * consecutive names, each collected by a builder of its own on its own core, then joined in order ({@link #append}).
     */
    static final class Builder {
        /** Each term's names so far, in a growable int array (boxed lists cost most of the build of this field). */
        private static final class Names {
            int[] names = new int[4];
            int size;
        }

        private final Map<String, Names> postings = new HashMap<>();
        private int docCount;
        private long pairs;
        private int lastName = -1;

        /** Adds the next name's distinct terms; names are numbered 0, 1, ... in the order they are added. */
        void add(int name, Iterable<String> distinctTerms) {
            for (String t : distinctTerms) add(name, t);
        }

        /**
         * Adds one term of a name, which is either the name of the last call or a later one (names come in ascending
         * order); a term the name has already is not added again.
         */
        void add(int name, String term) {
            Names p = postings.get(term);
            if (p == null) postings.put(term, p = new Names());
            if (p.size > 0 && p.names[p.size - 1] == name) return;
            if (p.size == p.names.length) p.names = java.util.Arrays.copyOf(p.names, 2 * p.size);
            p.names[p.size++] = name;
            pairs++;
            if (name != lastName) {
                docCount++;
                lastName = name;
            }
        }

        /**
         * Adds what {@code later} collected, whose names all come after this builder's: as if its names had been added
         * here one after another. {@code later} is not to be used after.
         */
        void append(Builder later) {
            later.postings.forEach((t, q) -> {
                Names p = postings.putIfAbsent(t, q);
                if (p == null) return;
                if (p.names.length < p.size + q.size) p.names = java.util.Arrays.copyOf(p.names, Math.max(2 * p.names.length, p.size + q.size));
                System.arraycopy(q.names, 0, p.names, p.size, q.size);
                p.size += q.size;
            });
            docCount += later.docCount;
            pairs += later.pairs;
            if (later.lastName >= 0) lastName = later.lastName;
        }

        TermPostings build() {
            return new TermPostings(postings.size(),
                    each -> postings.forEach((t, p) -> each.accept(t, p.size == p.names.length ? p.names : java.util.Arrays.copyOf(p.names, p.size))),
                    docCount, pairs);
        }
    }

    /**
     * Collects names' trigrams, as {@link Builder} collects terms, each trigram keyed by its three characters packed
     * into a long ({@link #pack(char, char, char)}) rather than by a string of its own: a listed name has dozens of them,
     * and only the few thousand distinct ones become strings, at {@link #build()}. Not thread-safe.
     */
    static final class TripleBuilder {
        private long[] keys = new long[1 << 12];
        /** The place in {@link #names} of the trigram in the same slot of {@link #keys}. */
        private int[] slots = new int[1 << 12];
        private long[] order = new long[1 << 10];
        private int[][] names = new int[1 << 10][];
        private int[] sizes = new int[1 << 10];
        private int count;
        private int docCount;
        private long pairs;
        private int lastName = -1;

        /** Adds the trigram {@code a b c} of a name, which is the name of the last call or a later one; once per name. */
        void add(int name, char a, char b, char c) {
            int t = term(pack(a, b, c));
            int size = sizes[t];
            int[] p = names[t];
            if (size > 0 && p[size - 1] == name) return;
            if (size == p.length) names[t] = p = java.util.Arrays.copyOf(p, 2 * size);
            p[size] = name;
            sizes[t] = size + 1;
            pairs++;
            if (name != lastName) {
                docCount++;
                lastName = name;
            }
        }

        /** Adds the trigrams of {@code word} with a boundary mark at each end ("_gi", "gid", ..., "at_"). */
        void addWord(int name, String word) {
            int n = word.length();
            for (int i = 0; i < n; i++) add(name, i == 0 ? '_' : word.charAt(i - 1), word.charAt(i), i + 1 == n ? '_' : word.charAt(i + 1));
        }

        /** The place in {@link #names} of the packed trigram, a new one when it is not there yet. */
        private int term(long key) {
            int mask = keys.length - 1, i = slot(key, keys.length);
            while (keys[i] != 0) {
                if (keys[i] == key) return slots[i];
                i = (i + 1) & mask;
            }
            int t = count++;
            if (t == order.length) {
                order = java.util.Arrays.copyOf(order, 2 * t);
                names = java.util.Arrays.copyOf(names, 2 * t);
                sizes = java.util.Arrays.copyOf(sizes, 2 * t);
            }
            order[t] = key;
            names[t] = new int[4];
            keys[i] = key;
            slots[i] = t;
            if (2 * count > keys.length) grow();
            return t;
        }

        private void grow() {
            int capacity = 2 * keys.length;
            long[] k = new long[capacity];
            int[] s = new int[capacity];
            for (int t = 0; t < count; t++) {
                int i = slot(order[t], capacity);
                while (k[i] != 0) i = (i + 1) & (capacity - 1);
                k[i] = order[t];
                s[i] = t;
            }
            keys = k;
            slots = s;
        }

        /** As {@link Builder#append}: {@code later}'s names all come after this builder's. */
        void append(TripleBuilder later) {
            for (int u = 0; u < later.count; u++) {
                int t = term(later.order[u]);
                int[] q = later.names[u];
                int qs = later.sizes[u], size = sizes[t];
                int[] p = names[t];
                if (p.length < size + qs) names[t] = p = java.util.Arrays.copyOf(p, Math.max(2 * p.length, size + qs));
                System.arraycopy(q, 0, p, size, qs);
                sizes[t] = size + qs;
            }
            docCount += later.docCount;
            pairs += later.pairs;
            if (later.lastName >= 0) lastName = later.lastName;
        }

        TermPostings build() {
            return new TermPostings(count, each -> {
                for (int t = 0; t < count; t++) {
                    long key = order[t];
                    String term = new String(new char[] {(char) (key >>> 32), (char) (key >>> 16), (char) key});
                    each.accept(term, sizes[t] == names[t].length ? names[t] : java.util.Arrays.copyOf(names[t], sizes[t]));
                }
            }, docCount, pairs);
        }
    }
}
