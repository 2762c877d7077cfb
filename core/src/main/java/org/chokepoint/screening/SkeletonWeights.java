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
 * reaches ({@link ArabicSkeleton#classKeys}). The table is made on the first Arabic-script query, not with the index:
 * most runs never ask, and every index build would pay for reading the whole lexicon. Thread-safe.
 */
final class SkeletonWeights {
    /** No listed words: every skeleton keeps its own weight. */
    static final SkeletonWeights NONE = new SkeletonWeights(null, null);

    /** At most this many listed words of one class are tried, the most common first. */
    static final int TRIED = 64;

    /** The listed words of one class, most common first, with their weights. */
    private record Ranked(String[] words, double[] weights) {}

    private final Lexicon lexicon;
    private final TokenWeights tokenWeights;
    private volatile Map<String, Ranked> byClass;

    private SkeletonWeights(Lexicon lexicon, TokenWeights tokenWeights) {
        this.lexicon = lexicon;
        this.tokenWeights = tokenWeights;
        if (lexicon == null) byClass = Map.of();
    }

    /** The lexicon's words by consonant classes, with their weights, most common first (made on first use). */
    static SkeletonWeights of(Lexicon lexicon, TokenWeights tokenWeights) {
        return new SkeletonWeights(lexicon, tokenWeights);
    }

    /** The weight of the most common listed word that the skeleton spells; 1 when it spells none of them. */
    double weight(String skeleton) {
        Map<String, Ranked> table = table();
        double best = 1.0;
        for (String c : ArabicSkeleton.classKeys(skeleton)) {
            Ranked r = table.get(c);
            if (r == null) continue;
            for (int k = 0; k < r.words.length && r.weights[k] < best; k++) {
                if (ArabicSkeleton.similarity(skeleton, r.words[k]) > 0) {
                    best = r.weights[k];
                    break;
                }
            }
        }
        return best;
    }

    private Map<String, Ranked> table() {
        Map<String, Ranked> t = byClass;
        if (t == null) {
            synchronized (this) {
                t = byClass;
                if (t == null) byClass = t = build();
            }
        }
        return t;
    }

    private Map<String, Ranked> build() {
        Map<String, List<Integer>> ids = new HashMap<>();
        for (int i = 0; i < lexicon.size(); i++) {
            String c = ArabicSkeleton.classes(lexicon.word(i));
            if (c != null && !c.isEmpty()) ids.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
        }
        Map<String, Ranked> out = new HashMap<>();
        ids.forEach((c, list) -> {
            list.sort((a, b) -> {
                int byWeight = Double.compare(tokenWeights.weight(lexicon.word(a)), tokenWeights.weight(lexicon.word(b)));
                return byWeight != 0 ? byWeight : lexicon.word(a).compareTo(lexicon.word(b));
            });
            int n = Math.min(TRIED, list.size());
            String[] w = new String[n];
            double[] x = new double[n];
            for (int k = 0; k < n; k++) {
                w[k] = lexicon.word(list.get(k));
                x[k] = tokenWeights.weight(w[k]);
            }
            out.put(c, new Ranked(w, x));
        });
        return Map.copyOf(out);
    }
}
