package org.chokepoint.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Aligns the tokens of two names one to one and scores the alignment: the weighted share of both
 * names' tokens that found a partner, each partner counted with its similarity. In [0, 1]; symmetric;
 * 1 for equal token lists (in any order, since lists write "SURNAME, Given" and "Given Surname").
 *
 * <p>Weights carry rarity: a name that agrees only on "trading" and "international" scores low, one
 * that agrees on "gidroagregat" scores high. A single letter aligns with a word that starts with it
 * (initials: "I. Ivanov") at a reduced similarity. Two adjacent tokens of one side also align with one
 * token of the other when they are the same letters ("gazprom bank" / "gazprombank").
 *
 * @param score    the weighted agreement in [0, 1]
 * @param pairs    aligned tokens ("query~candidate:similarity"), for explanations
 * @param evidence the weight that found a partner, on the side where it is smaller: how much distinctive
 *                 text the agreement rests on (two names made of "trading" and "international" agree
 *                 fully on next to no evidence)
 */
public record TokenAlignment(double score, List<String> pairs, double evidence) {
    /** Similarity credited to an initial aligned with a full word. */
    public static final double INITIAL = 0.8;
    /** Share of the score given to the better-covered side rather than to both sides together. */
    public static final double COVER_SHARE = 0.4;
    /** Similarity credited to an acronym aligned with the words it abbreviates. */
    public static final double ACRONYM = 0.9;
    /** Share of the full word's weight credited when an initial aligns with it. */
    public static final double INITIAL_WORD_SHARE = 0.2;

    public static TokenAlignment align(List<String> a, List<String> b, ToDoubleFunction<String> weight) {
        if (a.isEmpty() || b.isEmpty()) return new TokenAlignment(a.isEmpty() && b.isEmpty() ? 1.0 : 0.0, List.of(), 0);
        int n = a.size(), m = b.size();
        double[] wa = new double[n], wb = new double[m];
        double total = 0;
        for (int i = 0; i < n; i++) total += wa[i] = weight.applyAsDouble(a.get(i));
        for (int j = 0; j < m; j++) total += wb[j] = weight.applyAsDouble(b.get(j));
        boolean[] usedA = new boolean[n], usedB = new boolean[m];
        double matched = 0;
        double[] side = new double[2];
        List<String> pairs = new ArrayList<>();

        // Joined words first: "gazprom bank" against "gazprombank".
        matched += joined(a, b, wa, wb, usedA, usedB, pairs, false, side, 0);
        matched += joined(b, a, wb, wa, usedB, usedA, pairs, true, side, 1);

        // Acronyms: "mstu" for "moscow state technical university".
        matched += acronyms(a, b, wa, wb, usedA, usedB, pairs, false, side, 0);
        matched += acronyms(b, a, wb, wa, usedB, usedA, pairs, true, side, 1);

        // Then the best one-to-one pairs, greedily by similarity. Ties break on the tokens themselves so
        // that align(a, b) and align(b, a) choose the same pairs.
        while (true) {
            double best = 0;
            int bi = -1, bj = -1;
            for (int i = 0; i < n; i++) {
                if (usedA[i]) continue;
                for (int j = 0; j < m; j++) {
                    if (usedB[j]) continue;
                    double s = similarity(a.get(i), b.get(j));
                    if (s > best || (s == best && s > 0 && bi >= 0 && tieBreak(a.get(i), b.get(j), a.get(bi), b.get(bj)))) {
                        best = s;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0 || best <= 0) break;
            usedA[bi] = usedB[bj] = true;
            matched += credit(a.get(bi), b.get(bj), best, wa[bi], wb[bj]);
            side[0] += best * wa[bi];
            side[1] += best * wb[bj];
            pairs.add(a.get(bi) + "~" + b.get(bj) + (best < 1 ? String.format(":%.2f", best) : ""));
        }
        // Weighted Dice over both names, blended with the better-covered side: a listed name found whole
        // inside a longer name ("TITAN-BARRIKADY" in "TITAN-BARRIKADY FNPC JSC") is strong evidence even
        // though the other side has words of its own. Symmetric, and 1 only when both sides are covered.
        double totalA = 0, totalB = 0;
        for (double w : wa) totalA += w;
        for (double w : wb) totalB += w;
        double dice = total <= 0 ? 0 : Math.min(1.0, matched / total);
        double cover = Math.max(totalA <= 0 ? 0 : side[0] / totalA, totalB <= 0 ? 0 : side[1] / totalB);
        double score = Math.min(1.0, (1 - COVER_SHARE) * dice + COVER_SHARE * Math.min(1.0, cover));
        return new TokenAlignment(score, pairs, Math.min(side[0], side[1]));
    }

    /**
     * The weight an aligned pair earns. An initial earns most of its own weight but little of the
     * full word's: "George B" must not pass for "George Bush" on the strength of a "b".
     */
    private static double credit(String x, String y, double s, double wx, double wy) {
        if (x.length() == 1 && y.length() > 1) return s * wx + INITIAL_WORD_SHARE * wy;
        if (y.length() == 1 && x.length() > 1) return s * wy + INITIAL_WORD_SHARE * wx;
        return s * (wx + wy);
    }

    private static double similarity(String x, String y) {
        if (x.length() == 1 || y.length() == 1) {
            if (x.length() == 1 && y.length() == 1) return x.equals(y) ? 1.0 : 0.0;
            return x.charAt(0) == y.charAt(0) ? INITIAL : 0.0;
        }
        return TokenSimilarity.of(x, y);
    }

    private static boolean tieBreak(String x1, String y1, String x2, String y2) {
        String k1 = x1.compareTo(y1) <= 0 ? x1 + "|" + y1 : y1 + "|" + x1;
        String k2 = x2.compareTo(y2) <= 0 ? x2 + "|" + y2 : y2 + "|" + x2;
        return k1.compareTo(k2) < 0;
    }

    /**
     * A token of {@code shortSide} (2 to 6 letters) spelled by the first letters of a run of unused tokens
     * of {@code longSide}: credited at {@value #ACRONYM} of the weights involved.
     */
    private static double acronyms(List<String> shortSide, List<String> longSide, double[] ws, double[] wl, boolean[] usedS, boolean[] usedL,
                                   List<String> pairs, boolean swapped, double[] side, int shortIndex) {
        double matched = 0;
        for (int i = 0; i < shortSide.size(); i++) {
            String x = shortSide.get(i);
            if (usedS[i] || x.length() < 2 || x.length() > 6 || !x.chars().allMatch(Character::isLetter)) continue;
            for (int j = 0; j + x.length() <= longSide.size(); j++) {
                boolean ok = true;
                for (int k = 0; k < x.length() && ok; k++) {
                    String t = longSide.get(j + k);
                    ok = !usedL[j + k] && t.length() > 1 && t.charAt(0) == x.charAt(k);
                }
                if (!ok) continue;
                double run = 0;
                for (int k = 0; k < x.length(); k++) {
                    usedL[j + k] = true;
                    run += wl[j + k];
                }
                usedS[i] = true;
                matched += ACRONYM * (ws[i] + run);
                side[shortIndex] += ACRONYM * ws[i];
                side[1 - shortIndex] += ACRONYM * run;
                String p = String.join(" ", longSide.subList(j, j + x.length()));
                pairs.add(swapped ? p + "~" + x + " (acronym)" : x + "~" + p + " (acronym)");
                break;
            }
        }
        return matched;
    }

    /** Two adjacent tokens of {@code split} equal to one token of {@code whole}. */
    private static double joined(List<String> split, List<String> whole, double[] ws, double[] ww, boolean[] usedS, boolean[] usedW,
                                 List<String> pairs, boolean swapped, double[] side, int splitSide) {
        double matched = 0;
        for (int i = 0; i + 1 < split.size(); i++) {
            if (usedS[i] || usedS[i + 1]) continue;
            String j2 = split.get(i) + split.get(i + 1);
            for (int j = 0; j < whole.size(); j++) {
                if (usedW[j] || !whole.get(j).equals(j2)) continue;
                usedS[i] = usedS[i + 1] = usedW[j] = true;
                matched += ws[i] + ws[i + 1] + ww[j];
                side[splitSide] += ws[i] + ws[i + 1];
                side[1 - splitSide] += ww[j];
                String p = split.get(i) + "+" + split.get(i + 1);
                pairs.add(swapped ? whole.get(j) + "~" + p : p + "~" + whole.get(j));
                break;
            }
        }
        return matched;
    }
}
