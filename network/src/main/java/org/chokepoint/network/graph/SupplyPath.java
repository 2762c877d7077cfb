package org.chokepoint.network.graph;

import java.util.List;

/**
 * A chain of sales that ends at a listed end user: supplier, intermediaries, end user.
 *
 * @param nodes             node keys from the supplier to the end user, at least two, no repeats
 * @param bottleneckUsd     the smallest trade value along the chain: at most this much can have passed
 *                          through all of it
 * @param chplBottleneckUsd the smallest CHPL value along the chain
 */
public record SupplyPath(List<String> nodes, double bottleneckUsd, double chplBottleneckUsd) {
    public SupplyPath {
        nodes = List.copyOf(nodes);
    }

    /** Trade hops in the chain. */
    public int hops() {
        return nodes.size() - 1;
    }
}
