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
 * @param score the weighted agreement in [0, 1]
 * @param pairs aligned tokens ("query~candidate:similarity"), for explanations
 */
public record TokenAlignment(double score, List<String> pairs) {
    /** Similarity credited to an initial aligned with a full word. */
    public static final double INITIAL = 0.7;

    public static TokenAlignment align(List<String> a, List<String> b, ToDoubleFunction<String> weight) {
        if (a.isEmpty() || b.isEmpty()) return new TokenAlignment(a.isEmpty() && b.isEmpty() ? 1.0 : 0.0, List.of());
        int n = a.size(), m = b.size();
        double[] wa = new double[n], wb = new double[m];
        double total = 0;
        for (int i = 0; i < n; i++) total += wa[i] = weight.applyAsDouble(a.get(i));
        for (int j = 0; j < m; j++) total += wb[j] = weight.applyAsDouble(b.get(j));
        boolean[] usedA = new boolean[n], usedB = new boolean[m];
        double matched = 0;
        List<String> pairs = new ArrayList<>();

        // Joined words first: "gazprom bank" against "gazprombank".
        matched += joined(a, b, wa, wb, usedA, usedB, pairs, false);
        matched += joined(b, a, wb, wa, usedB, usedA, pairs, true);

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
            matched += best * (wa[bi] + wb[bj]);
            pairs.add(a.get(bi) + "~" + b.get(bj) + (best < 1 ? String.format(":%.2f", best) : ""));
        }
        double score = total <= 0 ? 0 : Math.min(1.0, matched / total);
        return new TokenAlignment(score, pairs);
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

    /** Two adjacent tokens of {@code split} equal to one token of {@code whole}. */
    private static double joined(List<String> split, List<String> whole, double[] ws, double[] ww, boolean[] usedS, boolean[] usedW,
                                 List<String> pairs, boolean swapped) {
        double matched = 0;
        for (int i = 0; i + 1 < split.size(); i++) {
            if (usedS[i] || usedS[i + 1]) continue;
            String j2 = split.get(i) + split.get(i + 1);
            for (int j = 0; j < whole.size(); j++) {
                if (usedW[j] || !whole.get(j).equals(j2)) continue;
                usedS[i] = usedS[i + 1] = usedW[j] = true;
                matched += ws[i] + ws[i + 1] + ww[j];
                String p = split.get(i) + "+" + split.get(i + 1);
                pairs.add(swapped ? whole.get(j) + "~" + p : p + "~" + whole.get(j));
                break;
            }
        }
        return matched;
    }
}
