package org.chokepoint.network.resolve;

import org.chokepoint.text.TokenWeights;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rarity weights of every compared spelling, computed once per resolution: a pair of mentions is
 * compared many times over, and a weight costs a map look-up and a logarithm. Immutable once built;
 * thread-safe.
 */
final class SpellingWeights {
    private final TokenWeights weights;
    private final double[][][] bySpelling;

    SpellingWeights(TokenWeights weights, List<PreparedMention> mentions) {
        this.weights = weights;
        bySpelling = new double[mentions.size()][][];
        // Once per spellings list: the mentions of one name (or one reading) share theirs, and the weights are a
        // function of the words alone. Shared arrays, which nobody changes.
        Map<List<List<String>>, double[][]> known = new IdentityHashMap<>();
        for (PreparedMention m : mentions) {
            bySpelling[m.index()] = known.computeIfAbsent(m.spellings(), spellings -> {
                double[][] w = new double[spellings.size()][];
                for (int s = 0; s < w.length; s++) w[s] = of(spellings.get(s));
                return w;
            });
        }
    }

    /** The weights of spelling {@code s} of mention {@code m}. */
    double[] of(PreparedMention m, int s) {
        return bySpelling[m.index()][s];
    }

    double[] of(List<String> tokens) {
        double[] w = new double[tokens.size()];
        for (int i = 0; i < w.length; i++) w[i] = weights.weight(tokens.get(i));
        return w;
    }

    /** Whether the word is generic: its weight is at most {@link TokenWeights#GENERIC} by the built-in list. */
    boolean generic(String token) {
        return TokenWeights.isGeneric(token);
    }
}
