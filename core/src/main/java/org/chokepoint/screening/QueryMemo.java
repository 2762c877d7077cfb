package org.chokepoint.screening;

import org.chokepoint.similarity.TokenAlignment;
import org.chokepoint.text.TokenWeights;

import java.util.HashMap;
import java.util.Map;

/**
 * Token similarities and weights remembered for the duration of one query: the same listed words
 * ("bank", "company", a surname) come back across aliases, spellings and candidates, and each
 * comparison costs an edit distance. One per query; not thread-safe, and never shared.
 */
final class QueryMemo implements TokenAlignment.Pairwise {
    private final Map<String, Map<String, Double>> similarity = new HashMap<>();
    private final Map<String, Double> weight = new HashMap<>();
    private final TokenWeights weights;

    QueryMemo(TokenWeights weights) {
        this.weights = weights;
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
