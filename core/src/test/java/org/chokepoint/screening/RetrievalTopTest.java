package org.chokepoint.screening;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retrieval's pruned selection of the best names ({@code Scratch.top}) gives exactly the names, in the order, of adding
 * every clause to every name in the order asked ({@code Scratch.topInOrder}): on random clauses shaped like a query's
 * (a few rare terms, many common ones), with many ties, and with weights so far apart that sums are not exact in any
 * order (where it must fall back to the order asked).
 */
class RetrievalTopTest {
    private static final int NAMES = 4_000, K = ScreeningIndex.NAME_HITS;

    @Test
    void prunedSelectionEqualsAddingEveryClauseInOrder() {
        Random random = new Random(20261122);
        int pruned = 0;
        for (int round = 0; round < 600; round++) {
            int kind = round % 3; // 0: query-like weights, 1: few distinct weights (ties), 2: weights far apart
            int clauses = 1 + random.nextInt(kind == 0 ? 120 : 40);
            int[][] postings = new int[clauses][];
            float[] adds = new float[clauses];
            for (int c = 0; c < clauses; c++) {
                double share = Math.pow(random.nextDouble(), 3) * 0.5; // mostly rare terms, some very common
                postings[c] = names(random, Math.max(1, (int) (share * NAMES)));
                adds[c] = switch (kind) {
                    case 0 -> (float) (0.5 + 14 * random.nextDouble() * (1 - share));
                    case 1 -> 0.5f * (1 + random.nextInt(4));
                    default -> (float) Math.scalb(1.0 + random.nextDouble(), random.nextInt(60) - 40);
                };
            }
            ScreeningIndex.Scratch fast = new ScreeningIndex.Scratch(NAMES), plain = new ScreeningIndex.Scratch(NAMES);
            for (int c = 0; c < clauses; c++) {
                fast.clause(postings[c], adds[c]);
                plain.clause(postings[c], adds[c]);
            }
            int[] expected = plain.topInOrder(K);
            assertThat(fast.top(K)).as("round %d", round).containsExactly(expected);
            if (fast.pruned) pruned++;
            // A scratch is reused across queries: after clear() it ranks the next query as a fresh one would.
            fast.clear();
            fast.clause(postings[0], adds[0]);
            assertThat(fast.top(K)).hasSize(Math.min(K, postings[0].length));
        }
        // The shortcut itself was exercised, not only its fallback.
        assertThat(pruned).isGreaterThan(100);
    }

    /**
     * The selection itself ({@code Scratch.topInOrder}) is the best {@code k} names by sorting every name met: by score in
     * float, then the lower name number; with ties, with fewer names than {@code k}, and with many more.
     */
    @Test
    void selectionEqualsSortingEveryName() {
        Random random = new Random(20261123);
        for (int round = 0; round < 400; round++) {
            int clauses = 1 + random.nextInt(30);
            ScreeningIndex.Scratch s = new ScreeningIndex.Scratch(NAMES);
            double[] sums = new double[NAMES];
            boolean[] met = new boolean[NAMES];
            for (int c = 0; c < clauses; c++) {
                int[] docs = names(random, 1 + random.nextInt(round % 2 == 0 ? 60 : NAMES / 2));
                float add = round % 4 < 2 ? 0.5f * (1 + random.nextInt(3)) : (float) (0.1 + 10 * random.nextDouble());
                s.clause(docs, add);
                for (int d : docs) {
                    sums[d] += add;
                    met[d] = true;
                }
            }
            java.util.List<Integer> all = new java.util.ArrayList<>();
            for (int d = 0; d < NAMES; d++) if (met[d]) all.add(d);
            all.sort((a, b) -> {
                int c = Float.compare((float) sums[b], (float) sums[a]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            int k = 1 + random.nextInt(2 * K);
            int[] expected = all.subList(0, Math.min(k, all.size())).stream().mapToInt(Integer::intValue).toArray();
            assertThat(s.topInOrder(k)).as("round %d, k %d of %d", round, k, all.size()).containsExactly(expected);
        }
    }

    /** {@code size} distinct names, ascending. */
    private static int[] names(Random random, int size) {
        TreeSet<Integer> out = new TreeSet<>();
        while (out.size() < size) out.add(random.nextInt(NAMES));
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
