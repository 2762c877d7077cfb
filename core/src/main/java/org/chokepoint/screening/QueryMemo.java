package org.chokepoint.screening;

import org.chokepoint.similarity.TokenAlignment;
import org.chokepoint.similarity.TransliterationKey;
import org.chokepoint.text.TokenWeights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Token similarities and weights remembered for the duration of one query: the same listed words
 * ("bank", "company", a surname) come back across aliases, spellings and candidates, and each
 * comparison costs an edit distance. One per query; not thread-safe, and never shared.
 */
final class QueryMemo implements TokenAlignment.Pairwise {
    private final Map<String, Map<String, Double>> similarity = new HashMap<>(256);
    private final Map<String, Double> weight = new HashMap<>(256);
    private final Map<String, Integer> queryIndex = new HashMap<>();
    private final List<String> queryTokens = new ArrayList<>();
    private final TokenWeights weights;
    private final Lexicon lexicon;

    /** Rows by listed word number, in an open-addressing table: a query meets a few hundred listed words. */
    private int[] rowIds = empty(256);
    private double[][] rows = new double[256][];
    private int rowCount;

    /** The query words as rows compare them, made ready when the first row is asked for. */
    private String[] words, keys;
    /** Bits of the first letters of the query words: a listed word starting otherwise can only match by its key. */
    private long firstLetters;
    /** Keys of the query words long enough to be compared by key, and bits of their hashes to rule most keys out at once. */
    private Set<String> longKeys;
    private long longKeyBits;
    /** The row of a listed word that is like no query word. */
    private double[] zero;

    QueryMemo(TokenWeights weights, Lexicon lexicon) {
        this.weights = weights;
        this.lexicon = lexicon;
    }

    /** The positions of a query spelling's tokens among all the query's distinct tokens (added as needed). */
    int[] queryPositions(List<String> tokens) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            String t = tokens.get(i);
            Integer k = queryIndex.get(t);
            if (k == null) {
                k = queryTokens.size();
                queryIndex.put(t, k);
                queryTokens.add(t);
                // Rows were computed for fewer query tokens.
                Arrays.fill(rowIds, -1);
                rowCount = 0;
                words = null;
            }
            out[i] = k;
        }
        return out;
    }

    /**
     * The similarity of a listed word (by its number in the lexicon) with every query token, by query position;
     * computed once per query. Do not modify.
     */
    double[] row(int id) {
        int mask = rowIds.length - 1;
        int slot = mix(id) & mask;
        while (rowIds[slot] >= 0) {
            if (rowIds[slot] == id) return rows[slot];
            slot = (slot + 1) & mask;
        }
        double[] r = compute(id);
        rowIds[slot] = id;
        rows[slot] = r;
        if (++rowCount * 2 > rowIds.length) grow();
        return r;
    }

    private double[] compute(int id) {
        if (words == null) prepare();
        String listed = lexicon.word(id), key = lexicon.key(id);
        // Tokens are alike only when they start with the same letter or share their transliteration key: most
        // listed words of the candidates are like no query word, and are settled without comparing.
        if (!listed.isEmpty() && (firstLetters & bit(listed.charAt(0))) == 0
                && (listed.length() < TransliterationKey.MIN_LENGTH || (longKeyBits & bit(key.hashCode())) == 0 || !longKeys.contains(key))) return zero;
        double[] r = new double[words.length];
        for (int k = 0; k < r.length; k++) {
            String q = words[k];
            // In the order of() uses, so that the value is the one of() would remember.
            r[k] = q.compareTo(listed) <= 0 ? TokenAlignment.similarity(q, listed, keys[k], key) : TokenAlignment.similarity(listed, q, key, keys[k]);
        }
        return r;
    }

    private void prepare() {
        int n = queryTokens.size();
        words = queryTokens.toArray(String[]::new);
        keys = new String[n];
        longKeys = new HashSet<>();
        firstLetters = 0;
        longKeyBits = 0;
        for (int k = 0; k < n; k++) {
            keys[k] = TransliterationKey.of(words[k]);
            if (words[k].length() >= TransliterationKey.MIN_LENGTH) {
                longKeys.add(keys[k]);
                longKeyBits |= bit(keys[k].hashCode());
            }
            if (!words[k].isEmpty()) firstLetters |= bit(words[k].charAt(0));
        }
        zero = new double[n];
    }

    private static long bit(int c) {
        return 1L << (c & 63);
    }

    private static int mix(int id) {
        return id * 0x9E3779B1 >>> 7;
    }

    private void grow() {
        int[] oldIds = rowIds;
        double[][] oldRows = rows;
        rowIds = empty(oldIds.length * 2);
        rows = new double[oldIds.length * 2][];
        int mask = rowIds.length - 1;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] < 0) continue;
            int slot = mix(oldIds[i]) & mask;
            while (rowIds[slot] >= 0) slot = (slot + 1) & mask;
            rowIds[slot] = oldIds[i];
            rows[slot] = oldRows[i];
        }
    }

    private static int[] empty(int size) {
        int[] a = new int[size];
        Arrays.fill(a, -1);
        return a;
    }

    @Override
    public double of(String x, String y) {
        // Symmetric: store under the smaller token so that (x, y) and (y, x) share an entry.
        String a = x.compareTo(y) <= 0 ? x : y, b = a == x ? y : x;
        Map<String, Double> row = similarity.computeIfAbsent(a, k -> new HashMap<>());
        Double s = row.get(b);
        if (s == null) {
            s = TokenAlignment.SIMILARITY.of(a, b);
            row.put(b, s);
        }
        return s;
    }

    double weight(String token) {
        Double w = weight.get(token);
        if (w == null) {
            w = weights.weight(token);
            weight.put(token, w);
        }
        return w;
    }
}
