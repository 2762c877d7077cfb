/**
 * Communities of parties that trade together, candidate evasion networks: clusters of the trade part of
 * the {@link org.chokepoint.network.graph.SupplyGraph}, deterministic for a given graph. See {@code
 * docs/network.md}, section "Communities".
 */
package org.chokepoint.network.communities;
