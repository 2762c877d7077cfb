package org.chokepoint.evaluation;

import org.chokepoint.model.Schema;

import java.util.Set;

/**
 * One benchmark query.
 *
 * @param origin     where the query comes from ("uk-sanctions", "opensanctions", "negatives")
 * @param kind       "primary" (the source's primary name), "alias" (another of its names), "identifier"
 *                   (name plus a shared identifier), "negative" (a party that is not listed)
 * @param sourceId   the source entity ("uk-sanctions:RUS0123"), or the negative's row
 * @param name       the name queried (name, country and type only: never the identifiers, except kind identifier)
 * @param country    ISO alpha-2, or null
 * @param schema     the party's type
 * @param identifier identifier text for kind "identifier", else null
 * @param expected   target entity ids that are right answers (empty for negatives)
 */
public record EvalQuery(String origin, String kind, String sourceId, String name, String country, Schema schema,
                        String identifier, Set<String> expected) {
    public boolean positive() {
        return !expected.isEmpty();
    }
}
