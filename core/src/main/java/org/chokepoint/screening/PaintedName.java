package org.chokepoint.screening;

import java.util.List;

/**
 * A ship's name with its first letters painted over, or letters painted before it, so that one name is the other
 * without its first one or two letters ("PROSPEROUS" / "OSPEROUS", "LINDA" / "INDA", "ALBURAQ" / "BURAQ"): a cheap
 * rename that shadow fleet operators use to slip past a list that holds the old name. Compared only between a vessel
 * query and a listed vessel ({@link NameSearch}): between companies or people a word inside another is mostly another
 * word ("Star" / "Starling").
 *
 * <p>Two words are painted forms of each other when both are letters only, the shorter has at least
 * {@value #MIN_KEPT} letters, and it is the longer without its first one to
 * {@value #MAX_PAINTED} letters, and both weigh at least {@value #MIN_WEIGHT}: a rare word kept whole. Only the first
 * letters: a word with letters more at its end is mostly another form of one root ("FORTUN" / "FORTUNE", "STELLA" /
 * "STELLAR", "GRACE" / "GRACEFUL", "XIAN" / "XIANG"), and three letters or more before a word are mostly a word of
 * their own ("SEAPRIDE", "SUNRISE", "FOREVER"). Among the 851 vessels of the OFAC list, the rule links 5 pairs of
 * different ships (Persian names one letter apart, "ARVIN" / "SARVIN", and "HAMOON" / "MOON"), of 361,675 pairs
 * (docs/matching.md, "The rankv10 steps"). Such a pair scores
 * {@value #SIMILARITY}, below an equal or transliterated word. Stateless; thread-safe.
 */
final class PaintedName {
    /** The similarity of a painted pair: below one spelling of a word, above the hit threshold alone. */
    static final double SIMILARITY = 0.85;
    /** Letters the shorter word keeps at least. */
    static final int MIN_KEPT = 4;
    /** Letters painted over or added before the word at most. */
    static final int MAX_PAINTED = 2;
    /** The weight both words have at least: a word that many names share says nothing kept whole inside another. */
    static final double MIN_WEIGHT = 0.8;

    private PaintedName() {}

    /** Whether {@code a} and {@code b} (weighing {@code wa}, {@code wb}) are one name with its first letters painted over or added. */
    static boolean painted(String a, String b, double wa, double wb) {
        if (wa < MIN_WEIGHT || wb < MIN_WEIGHT) return false;
        String s = a.length() <= b.length() ? a : b, l = s == a ? b : a;
        int extra = l.length() - s.length();
        if (extra < 1 || extra > MAX_PAINTED || s.length() < MIN_KEPT) return false;
        if (!letters(s) || !letters(l)) return false;
        return l.endsWith(s);
    }

    /**
     * Raises to {@link #SIMILARITY} the similarities ({@code sims[i * b.size() + j]}) of the painted pairs of {@code a} and
     * {@code b}; returns whether any was raised.
     */
    static boolean raise(List<String> a, List<String> b, double[] wa, double[] wb, double[] sims) {
        int n = a.size(), m = b.size();
        boolean any = false;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (sims[i * m + j] < SIMILARITY && painted(a.get(i), b.get(j), wa[i], wb[j])) {
                    sims[i * m + j] = SIMILARITY;
                    any = true;
                }
            }
        }
        return any;
    }

    /**
     * Raises to {@link #SIMILARITY} the best similarities ({@code ceilA}, {@code ceilB}) of the words of painted pairs, so
     * that a bound made of them stays an upper bound; returns whether any pair is painted.
     */
    static boolean raiseCeilings(List<String> a, List<String> b, double[] wa, double[] wb, double[] ceilA, double[] ceilB) {
        int n = a.size(), m = b.size();
        boolean any = false;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (!painted(a.get(i), b.get(j), wa[i], wb[j])) continue;
                any = true;
                if (ceilA[i] < SIMILARITY) ceilA[i] = SIMILARITY;
                if (ceilB[j] < SIMILARITY) ceilB[j] = SIMILARITY;
            }
        }
        return any;
    }

    private static boolean letters(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isLetter(s.charAt(i))) return false;
        return true;
    }
}
