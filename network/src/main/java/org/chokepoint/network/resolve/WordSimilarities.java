package org.chokepoint.network.resolve;

import org.chokepoint.similarity.TokenAlignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The similarity of two words ({@link NameComparison#SIMILARITY} or {@link NameComparison#CROSS_SCRIPT}),
 * remembered for one resolution: the same few thousand words meet each other again in pair after pair of
 * names ("trading" against "electronics" in every block they share), and a similarity costs far more than a
 * look-up. A pure function of the two words, so remembering changes nothing. The words are numbered once per
 * resolution, by the distinct names' word lists; each thread keeps its own table (no locks, no sharing), so the
 * object is thread-safe; {@link #release()} frees the tables.
 */
final class WordSimilarities {
    private final int[][] wordIds;
    private final java.util.Queue<Table> all = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final ThreadLocal<Table> tables = ThreadLocal.withInitial(() -> {
        Table t = new Table();
        all.add(t);
        return t;
    });

    /** @param nameWords per name number ({@link PreparedMention#nameId()}), its distinct words ({@link PreparedMention#words()}) */
    WordSimilarities(List<List<String>> nameWords) {
        Map<String, Integer> ids = new HashMap<>();
        wordIds = new int[nameWords.size()][];
        for (int n = 0; n < wordIds.length; n++) {
            List<String> words = nameWords.get(n);
            int[] w = new int[words.size()];
            for (int i = 0; i < w.length; i++) {
                Integer id = ids.putIfAbsent(words.get(i), ids.size());
                w[i] = id == null ? ids.size() - 1 : id;
            }
            wordIds[n] = w;
        }
    }

    /** The word numbers of name {@code nameId}, in the order of its words; null when the name was not numbered. */
    int[] ids(int nameId) {
        return nameId < 0 || nameId >= wordIds.length ? null : wordIds[nameId];
    }

    /**
     * {@code sim.of(x, y)} of every word of one name against every word of another (the words numbered as in
     * {@link #ids}), row-major into {@code out}, each pair worked out once per thread and then remembered;
     * {@code crossScript} tells which of the two similarities. The thread's table is looked up once, not once per pair.
     */
    void fill(TokenAlignment.Pairwise sim, boolean crossScript, int[] ia, List<String> wa, int[] ib, List<String> wb, double[] out) {
        Table t = tables.get();
        int m = wb.size();
        for (int i = 0; i < wa.size(); i++) {
            for (int j = 0; j < m; j++) {
                long key = ((long) ia[i] << 32) | ((long) ib[j] << 1) | (crossScript ? 1 : 0);
                double v = t.get(key);
                if (Double.isNaN(v)) {
                    v = sim.of(wa.get(i), wb.get(j));
                    t.put(key, v);
                }
                out[i * m + j] = v;
            }
        }
    }

    /**
     * Lets go of every thread's table (4 MB each): the pool's threads outlive the resolution, and with them
     * what they hold in thread locals. Call when the pairs are decided; later look-ups start afresh.
     */
    void release() {
        for (Table t : all) t.clear();
    }

    /**
     * Direct mapped, {@value #SLOTS} slots of a key and its similarity: a colliding pair replaces the one there.
     * Bounded memory whatever the number of pairs, and since a similarity is a pure function of its words,
     * what is replaced is only worked out again.
     */
    private static final class Table {
        private long[] keys;
        private double[] values;

        double get(long key) {
            if (keys == null) {
                keys = new long[SLOTS];
                values = new double[SLOTS];
                java.util.Arrays.fill(keys, -1);
            }
            int i = slot(key);
            return keys[i] == key ? values[i] : Double.NaN;
        }

        void put(long key, double value) {
            int i = slot(key);
            keys[i] = key;
            values[i] = value;
        }

        void clear() {
            keys = null;
            values = null;
        }

        private static int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> (64 - BITS));
        }
    }

    private static final int BITS = 18;
    private static final int SLOTS = 1 << BITS;
}
