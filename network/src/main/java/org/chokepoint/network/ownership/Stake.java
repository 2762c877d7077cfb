package org.chokepoint.network.ownership;

import java.util.List;
import java.util.Objects;

/**
 * The direct holding of one blocked owner in an entity, as evidence.
 *
 * @param ownerId     the blocked owner
 * @param percent     the owner's direct share, summed over its distinct relations to the entity;
 *                    0 when the relations state no percentage
 * @param control     true when a relation's role counts as control (EU rule only)
 * @param ownerPath   how the owner is blocked: {@code [ownerId]} when listed, otherwise the chain
 *                    from a listed entity to the owner ({@code [X, A]})
 * @param relationIds the ids of the relations behind this stake, sorted
 */
public record Stake(String ownerId, double percent, boolean control, List<String> ownerPath,
                    List<String> relationIds) {
    public Stake {
        Objects.requireNonNull(ownerId, "ownerId");
        ownerPath = List.copyOf(ownerPath);
        relationIds = List.copyOf(relationIds);
    }

    /** True when the owner is itself listed, false when it is blocked by ownership. */
    public boolean ownerListed() {
        return ownerPath.size() == 1;
    }
}
