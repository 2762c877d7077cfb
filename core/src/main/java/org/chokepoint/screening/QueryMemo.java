package org.chokepoint.screening;

import org.chokepoint.similarity.TokenAlignment;
import org.chokepoint.text.TokenWeights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token similarities and weights remembered for the duration of one query: the same listed words
 * ("bank", "company", a surname) come back across aliases, spellings and candidates, and each
 * comparison costs an edit distance. One per query; not thread-safe, and never shared.
 */
final class QueryMemo implements TokenAlignment.Pairwise {
    private final Map<String, Map<String, Double>> similarity = new HashMap<>(256);
    private final Map<String, Double> weight = new HashMap<>(256);
    private final Map<String, double[]> rows = new HashMap<>(1024);
    private final Map<String, Integer> queryIndex = new HashMap<>();
    private final List<String> queryTokens = new ArrayList<>();
    private final TokenWeights weights;

    QueryMemo(TokenWeights weights) {
        this.weights = weights;
    }

    /** The positions of a query spelling's tokens among all the query's distinct tokens (added as needed). */
    int[] queryPositions(List<String> tokens) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            String t = tokens.get(i);
            Integer k = queryIndex.get(t);
            if (k == null) {
                k = queryTokens.size();
                queryIndex.put(t, k);
                queryTokens.add(t);
                rows.clear(); // rows were computed for fewer query tokens
            }
            out[i] = k;
        }
        return out;
    }

    /** The similarity of a listed token with every query token, by query position; computed once per query. */
    double[] row(String listed) {
        double[] r = rows.get(listed);
        if (r == null) {
            r = new double[queryTokens.size()];
            for (int k = 0; k < r.length; k++) r[k] = of(queryTokens.get(k), listed);
            rows.put(listed, r);
        }
        return r;
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
