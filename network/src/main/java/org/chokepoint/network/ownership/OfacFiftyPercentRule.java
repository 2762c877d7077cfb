package org.chokepoint.network.ownership;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.chokepoint.model.Ownership;

/**
 * OFAC's 50% rule: an entity owned 50% or more, directly or indirectly, in aggregate by blocked
 * persons is blocked. Ownership only: control does not count, and relations without a percentage
 * are ignored. The direct stakes of blocked owners (listed, or blocked by this rule) are summed
 * and the rule is iterated to a fixpoint, so X 50% → A 50% → B blocks B, and X 50% of A and of B,
 * A and B 25% each of C, blocks C. Pure and thread-safe.
 */
public final class OfacFiftyPercentRule implements OwnershipRule {
    /** Versioned name written into each finding. */
    public static final String NAME = "ofac-50-v1";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<OwnershipFinding> apply(Collection<Ownership> relations, Set<String> blocked) {
        return new OwnershipFixpoint(NAME, relations, role -> false).run(blocked);
    }
}
