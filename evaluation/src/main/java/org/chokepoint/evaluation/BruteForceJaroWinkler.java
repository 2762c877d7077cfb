package org.chokepoint.evaluation;

import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityName;
import org.chokepoint.similarity.JaroWinkler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The baseline: how the best-known open-source screener works. Every listed name, lower-cased and
 * transliterated to ASCII, is compared with the query by Jaro-Winkler over the whole string; an entity
 * scores its best name. No index, no token weights, no identifiers. Thread-safe.
 */
public final class BruteForceJaroWinkler implements NameMatcher {
    private final String[] ids;
    private final String[] texts;
    private final double threshold;

    public BruteForceJaroWinkler(List<Entity> target, double threshold) {
        List<String> i = new ArrayList<>(), t = new ArrayList<>();
        for (Entity e : target) {
            for (EntityName n : e.names()) {
                i.add(e.id());
                t.add(PlainTokens.text(n.value()));
            }
        }
        this.ids = i.toArray(String[]::new);
        this.texts = t.toArray(String[]::new);
        this.threshold = threshold;
    }

    public BruteForceJaroWinkler withThreshold(double t) {
        return new BruteForceJaroWinkler(ids, texts, t);
    }

    private BruteForceJaroWinkler(String[] ids, String[] texts, double threshold) {
        this.ids = ids;
        this.texts = texts;
        this.threshold = threshold;
    }

    @Override
    public String name() {
        return "brute-force Jaro-Winkler";
    }

    @Override
    public double threshold() {
        return threshold;
    }

    @Override
    public List<Candidate> top(EvalQuery q, int k) {
        String query = PlainTokens.text(q.name());
        java.util.Map<String, Double> best = new java.util.HashMap<>();
        for (int i = 0; i < texts.length; i++) {
            double s = JaroWinkler.similarity(query, texts[i]);
            best.merge(ids[i], s, Math::max);
        }
        return best.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(k).map(e -> new Candidate(e.getKey(), e.getValue())).toList();
    }
}
