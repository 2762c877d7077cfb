package org.chokepoint.screening;

import org.chokepoint.similarity.ArabicSkeleton;
import org.chokepoint.text.TokenWeights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much a query word read from Arabic script weighs: as the most common listed word that it spells
 * ({@link ArabicSkeleton}). The lists rarely print the skeleton itself ("bn", "mhmd"), so by its own rarity it would weigh
 * as a rare word, while it stands for Ben or Mohammed, among the commonest words of listed names; an unmatched common
 * word then weighed as much as a surname, and a matched one carried a name. The listed words are kept by their consonant
 * classes ({@link ArabicSkeleton#classes}), most common first, and a skeleton is tried against those of the classes it
 * reaches ({@link ArabicSkeleton#classKeys}). Immutable; thread-safe.
 */
final class SkeletonWeights {
    /** No listed words: every skeleton keeps its own weight. */
    static final SkeletonWeights NONE = new SkeletonWeights(Map.of(), Map.of());

    /** At most this many listed words of one class are tried, the most common first. */
    static final int TRIED = 64;

    private final Map<String, String[]> words;
    private final Map<String, double[]> weights;

    private SkeletonWeights(Map<String, String[]> words, Map<String, double[]> weights) {
        this.words = words;
        this.weights = weights;
    }

    /** The lexicon's words by consonant classes, with their weights, most common first. */
    static SkeletonWeights of(Lexicon lexicon, TokenWeights tokenWeights) {
        Map<String, List<Integer>> byClass = new HashMap<>();
        for (int i = 0; i < lexicon.size(); i++) {
            String c = ArabicSkeleton.classes(lexicon.word(i));
            if (c != null && !c.isEmpty()) byClass.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
        }
        Map<String, String[]> words = new HashMap<>();
        Map<String, double[]> weights = new HashMap<>();
        byClass.forEach((c, ids) -> {
            ids.sort((a, b) -> {
                int byWeight = Double.compare(tokenWeights.weight(lexicon.word(a)), tokenWeights.weight(lexicon.word(b)));
                return byWeight != 0 ? byWeight : lexicon.word(a).compareTo(lexicon.word(b));
            });
            int n = Math.min(TRIED, ids.size());
            String[] w = new String[n];
            double[] x = new double[n];
            for (int k = 0; k < n; k++) {
                w[k] = lexicon.word(ids.get(k));
                x[k] = tokenWeights.weight(w[k]);
            }
            words.put(c, w);
            weights.put(c, x);
        });
        return new SkeletonWeights(Map.copyOf(words), Map.copyOf(weights));
    }

    /** The weight of the most common listed word that the skeleton spells; 1 when it spells none of them. */
    double weight(String skeleton) {
        double best = 1.0;
        for (String c : ArabicSkeleton.classKeys(skeleton)) {
            String[] w = words.get(c);
            if (w == null) continue;
            double[] x = weights.get(c);
            for (int k = 0; k < w.length && x[k] < best; k++) {
                if (ArabicSkeleton.similarity(skeleton, w[k]) > 0) {
                    best = x[k];
                    break;
                }
            }
        }
        return best;
    }
}
