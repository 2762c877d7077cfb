package org.chokepoint.network.resolve;

import org.chokepoint.similarity.Levenshtein;
import org.chokepoint.similarity.TokenAlignment;
import org.chokepoint.similarity.TransliterationKey;
import org.chokepoint.text.TokenWeights;

import java.util.List;

/**
 * How two party names compare: the best {@link TokenAlignment} over their spellings, and which words of
 * each side found no counterpart on the other. The score alone cannot tell "Al Noor Trading" from "Al Noor
 * Electronics" (both rest on the rare word "noor"); the words left over can.
 *
 * @param score       the alignment score in [0, 1]
 * @param aligned     the aligned pairs of the best spellings
 * @param strongLeft  the words without counterpart that are not generic, on either side
 * @param leftFirst   whether the first name has words without counterpart
 * @param leftSecond  whether the second name has words without counterpart
 */
record NameComparison(double score, List<String> aligned, int strongLeft, boolean leftFirst, boolean leftSecond) {
    /** Similarity credited to two long words one typing error apart, which screening does not accept. */
    static final double TYPO = 0.8;
    /** Words at least this long may differ by one typing error. */
    static final int TYPO_MIN_LENGTH = 5;

    /**
     * Screening's token similarity, plus one typing error in a word of {@value #TYPO_MIN_LENGTH} letters or
     * more: within one country, a clerk's slip is likelier than a second company one letter apart.
     */
    static final TokenAlignment.Pairwise SIMILARITY = (x, y) -> {
        double s = TokenAlignment.SIMILARITY.of(x, y);
        if (s > 0) return s;
        if (Math.min(x.length(), y.length()) >= TYPO_MIN_LENGTH && Math.abs(x.length() - y.length()) <= 1
                && Levenshtein.distance(x, y) == 1) return TYPO;
        return 0;
    };

    /**
     * Across scripts, also two words of five letters or more with one {@link TransliterationKey}: a loanword
     * written by ear ("трейд" as "treyd" for "trade"), which screening accepts only from six letters.
     */
    static final TokenAlignment.Pairwise CROSS_SCRIPT = (x, y) -> {
        double s = SIMILARITY.of(x, y);
        if (s > 0) return s;
        if (Math.min(x.length(), y.length()) >= 5 && x.charAt(0) == y.charAt(0)
                && TransliterationKey.of(x).length() >= 3 && TransliterationKey.of(x).equals(TransliterationKey.of(y))) return TYPO;
        return 0;
    };

    /** Whether both sides have words left over: "Trading" against "Electronics", or "Trading" against "Industries". */
    boolean differentWords() {
        return leftFirst && leftSecond;
    }

    static NameComparison compare(PreparedMention a, PreparedMention b, TokenWeights weights) {
        TokenAlignment.Pairwise sim = a.name().script().equals(b.name().script()) ? SIMILARITY : CROSS_SCRIPT;
        NameComparison best = null;
        List<String> bestA = null, bestB = null;
        search:
        for (List<String> x : a.spellings()) {
            for (List<String> y : b.spellings()) {
                TokenAlignment al = TokenAlignment.align(x, y, weights::weight, sim, false);
                int strong = strongLeft(x, y, sim) + strongLeft(y, x, sim);
                boolean lx = anyLeft(x, y, sim), ly = anyLeft(y, x, sim);
                NameComparison c = new NameComparison(al.score(), List.of(), strong, lx, ly);
                if (best == null || c.betterThan(best)) {
                    best = c;
                    bestA = x;
                    bestB = y;
                }
                if (best.score >= 1.0 && best.strongLeft == 0 && !best.leftFirst && !best.leftSecond) break search;
            }
        }
        if (best == null) return new NameComparison(0, List.of(), 0, true, true);
        List<String> pairs = TokenAlignment.align(bestA, bestB, weights::weight, sim, true).pairs();
        return new NameComparison(best.score, pairs, best.strongLeft, best.leftFirst, best.leftSecond);
    }

    /** Fewer distinctive leftovers first, then fewer sides with leftovers, then the higher score. */
    private boolean betterThan(NameComparison o) {
        if (strongLeft != o.strongLeft) return strongLeft < o.strongLeft;
        int sides = (leftFirst ? 1 : 0) + (leftSecond ? 1 : 0), oSides = (o.leftFirst ? 1 : 0) + (o.leftSecond ? 1 : 0);
        if (sides != oSides) return sides < oSides;
        return score > o.score;
    }

    private static int strongLeft(List<String> x, List<String> y, TokenAlignment.Pairwise sim) {
        int n = 0;
        for (int i = 0; i < x.size(); i++) if (!TokenWeights.isGeneric(x.get(i)) && !covered(x, i, y, sim)) n++;
        return n;
    }

    private static boolean anyLeft(List<String> x, List<String> y, TokenAlignment.Pairwise sim) {
        for (int i = 0; i < x.size(); i++) if (!covered(x, i, y, sim)) return true;
        return false;
    }

    /** Whether word i of x has a counterpart in y: a similar word, or a join of adjacent words on either side. */
    private static boolean covered(List<String> x, int i, List<String> y, TokenAlignment.Pairwise sim) {
        String t = x.get(i);
        for (int j = 0; j < y.size(); j++) {
            String u = y.get(j);
            if (sim.of(t, u) > 0) return true;
            if (j + 1 < y.size() && t.length() == u.length() + y.get(j + 1).length() && t.startsWith(u) && t.endsWith(y.get(j + 1))) return true;
            if (u.startsWith(t) && ((i + 1 < x.size() && u.equals(t + x.get(i + 1))) || (i > 0 && u.equals(x.get(i - 1) + t)))) return true;
        }
        return false;
    }
}
