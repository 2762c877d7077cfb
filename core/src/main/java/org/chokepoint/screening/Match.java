package org.chokepoint.screening;

import org.chokepoint.model.Entity;
import org.chokepoint.model.EntityName;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A listed entity that matches a query, and why.
 *
 * @param entity      the listed entity
 * @param matchedName the entity's name or alias that matched best
 * @param score       in [0, 1]
 * @param features    the evidence, name first
 * @param algorithm   the scorer's versioned name ("cp-v16")
 */
public record Match(Entity entity, EntityName matchedName, double score, List<Feature> features, String algorithm) {

    /** The sum of every feature's contribution, before the score was clamped to [0, 1]: for ranking ties. */
    public double evidenceTotal() {
        return features.stream().mapToDouble(Feature::contribution).sum();
    }

    /** One line a person reads: every feature with its contribution. */
    public String explanation() {
        return features.stream().map(f -> f.detail() + String.format(" (%+.2f)", f.contribution())).collect(Collectors.joining("; "));
    }
}
