package org.chokepoint.network.graph;

/**
 * Where a node stands relative to listed parties along the flow of goods.
 *
 * @param key                the node
 * @param hops               trade hops from this node to the nearest listed node, following the goods
 *                           (seller to buyer); 0 for a listed node; -1 when none is within reach
 * @param valueToListedUsd   value of this node's sales to buyers within {@code k - 1} hops of a listed node
 *                           (a listed buyer itself included): what it sends towards listed parties
 * @param chplToListedUsd    the part of that value in CHPL goods
 * @param nextHop            the buyer on a shortest route towards a listed node (the first in key order),
 *                           or null
 */
public record Proximity(String key, int hops, double valueToListedUsd, double chplToListedUsd, String nextHop) {
    /** Whether a listed node is reachable downstream within the distance searched. */
    public boolean reachesListed() {
        return hops >= 0;
    }
}
