package org.chokepoint.screening;

import java.util.Arrays;

/**
 * The trigrams of one query for retrieval, each packed into a long ({@link TermPostings#pack(char, char, char)}) with the
 * weight it counts at, in the order first met: a query has a hundred or so trigrams, and a {@code String} and a map entry
 * for each (twice, per form and per query) were most of the cost of preparing its terms.
 *
 * <p>The weights are those the index gave by way of maps: within one form of the query (a part of the name), a trigram
 * takes the weight of the first word that has it; across forms, the highest of those. {@link #mostWeightyFirst} orders
 * them as a stable sort by weight, highest first, would. One query at a time ({@link #clear} between them); not thread-safe.
 */
final class QueryGrams {
    /** Open addressing over the trigrams met: the packed trigram per slot (0: empty), and its entry. */
    private long[] slots = new long[256];
    private int[] entryOf = new int[256];
    /** The slot of each entry, so that {@link #clear} empties only the slots used. */
    private int[] slotOf = new int[64];
    /** Entries in the order first met: the packed trigram, its weight, and the form that last set it. */
    private long[] grams = new long[64];
    private double[] weights = new double[64];
    private int[] forms = new int[64];
    /** Whether a word that keeps its common trigrams has the entry's trigram (see {@link #keepsCommon}). */
    private boolean[] keep = new boolean[64];
    private int size;

    /** Trigrams met so far. */
    int size() {
        return size;
    }

    /** The packed trigram of entry {@code i} (in the order first met). */
    long gram(int i) {
        return grams[i];
    }

    /** The weight of entry {@code i}. */
    double weight(int i) {
        return weights[i];
    }

    /**
     * Whether trigram {@code i} is kept even when common: a word added so has it ({@link #addWord(String, double, int,
     * boolean)}).
     */
    boolean keepsCommon(int i) {
        return keep[i];
    }

    /**
     * Adds the trigrams of {@code word} with boundary marks ("_gi", "gid", ..., "at_"), met in form {@code form} (forms are
     * numbered from 0 in the order given, each form's words given together), at the word's weight.
     */
    void addWord(String word, double weight, int form) {
        addWord(word, weight, form, false);
    }

    /** {@link #addWord(String, double, int)}; its trigrams kept even when common or not ({@link #keepsCommon}). */
    void addWord(String word, double weight, int form, boolean keepCommon) {
        int n = word.length();
        // The word between two marks: "_" + word + "_", read three characters at a time.
        char a = '_', b = n > 0 ? word.charAt(0) : '_';
        for (int i = 0; i < n; i++) {
            char c = i + 1 < n ? word.charAt(i + 1) : '_';
            add(TermPostings.pack(a, b, c), weight, form, keepCommon);
            a = b;
            b = c;
        }
    }

    /**
     * A trigram met in {@code form} at {@code weight}: new, it is added; met before in the same form, it keeps what it has
     * (the first word of a form that has it); met in an earlier form, it takes the higher weight.
     */
    void add(long gram, double weight, int form) {
        add(gram, weight, form, false);
    }

    /** {@link #add(long, double, int)}, kept even when common or not ({@link #keepsCommon}). */
    void add(long gram, double weight, int form, boolean keepCommon) {
        if (2 * (size + 1) > slots.length) grow();
        int mask = slots.length - 1;
        int i = slot(gram, mask);
        while (slots[i] != 0) {
            if (slots[i] == gram) {
                int e = entryOf[i];
                keep[e] |= keepCommon;
                if (forms[e] != form) {
                    forms[e] = form;
                    if (weight > weights[e]) weights[e] = weight;
                }
                return;
            }
            i = (i + 1) & mask;
        }
        if (size == grams.length) {
            slotOf = Arrays.copyOf(slotOf, 2 * size);
            grams = Arrays.copyOf(grams, 2 * size);
            weights = Arrays.copyOf(weights, 2 * size);
            forms = Arrays.copyOf(forms, 2 * size);
            keep = Arrays.copyOf(keep, 2 * size);
        }
        slots[i] = gram;
        entryOf[i] = size;
        slotOf[size] = i;
        grams[size] = gram;
        weights[size] = weight;
        forms[size] = form;
        keep[size] = keepCommon;
        size++;
    }

    /** The entries by weight, highest first, equal weights in the order first met; at most {@code max}. */
    int[] mostWeightyFirst(int max) {
        // Each entry's key: the rank of its weight among the distinct weights (highest first), then its place.
        double[] ascending = Arrays.copyOf(weights, size);
        Arrays.sort(ascending);
        double[] distinct = new double[size];
        int d = 0;
        for (int i = size - 1; i >= 0; i--) if (d == 0 || ascending[i] != distinct[d - 1]) distinct[d++] = ascending[i];
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) keys[i] = (long) rank(distinct, d, weights[i]) << 32 | i;
        Arrays.sort(keys);
        int[] out = new int[Math.min(max, size)];
        for (int i = 0; i < out.length; i++) out[i] = (int) keys[i];
        return out;
    }

    /** The place of {@code w} in {@code distinct[0, d)}, which is descending and holds it. */
    private static int rank(double[] distinct, int d, double w) {
        int lo = 0, hi = d - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (distinct[mid] > w) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private void grow() {
        long[] old = slots;
        int[] oldEntries = entryOf;
        slots = new long[2 * old.length];
        entryOf = new int[slots.length];
        int mask = slots.length - 1;
        for (int j = 0; j < old.length; j++) {
            if (old[j] == 0) continue;
            int i = slot(old[j], mask);
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = old[j];
            entryOf[i] = oldEntries[j];
            slotOf[oldEntries[j]] = i;
        }
    }

    /**
     * Empties this for the next query, keeping its arrays: a query's retrieval borrows one with its score arrays
     * ({@link ScreeningIndex}), since allocating the tables afresh (some 4 kB) was a few percent of retrieval on the quick
     * compiler. Only the slots used are emptied.
     */
    void clear() {
        for (int e = 0; e < size; e++) slots[slotOf[e]] = 0;
        size = 0;
    }

    private static int slot(long gram, int mask) {
        return (int) ((gram * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }
}
