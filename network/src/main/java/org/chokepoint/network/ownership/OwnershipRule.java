package org.chokepoint.network.ownership;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.chokepoint.model.Ownership;

/**
 * A rule that extends a set of blocked entities through ownership relations.
 *
 * <p>Implementations are pure and thread-safe: the result depends only on the arguments, not on
 * the order of {@code relations}, and neither argument is modified.
 */
public interface OwnershipRule {

    /** The rule's versioned name, as written in {@link OwnershipFinding#rule()}. */
    String name();

    /**
     * Every entity blocked by ownership under this rule and not itself in {@code blocked}.
     *
     * @param relations the published ownership relations; relations sharing an id must be equal
     *                  (duplicates are dropped), otherwise {@link IllegalArgumentException}
     * @param blocked   ids of the listed (blocked) entities
     * @return findings sorted by entity id, never null
     */
    List<OwnershipFinding> apply(Collection<Ownership> relations, Set<String> blocked);
}
