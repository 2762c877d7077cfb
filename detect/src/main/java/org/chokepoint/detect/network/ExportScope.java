package org.chokepoint.detect.network;

import org.chokepoint.detect.party.Party;
import org.chokepoint.detect.watchlist.ListedHit;
import org.chokepoint.network.graph.PartyNode;
import org.chokepoint.network.graph.SupplyEdge;
import org.chokepoint.network.graph.SupplyGraph;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which part of the graph the exports hold: the whole graph when it is within the limits, else the listed
 * and flagged parties (listed first, then by rank) with their listed entities and their direct neighbours
 * (any relation), taken in that order until the node limit; halved until the edges fit too. A file a person
 * can open in Gephi or a browser, never an unbounded one. Pure; thread-safe.
 */
final class ExportScope {
    private ExportScope() {}

    /** The graph to export: {@code whole} itself when it is within the limits. */
    static SupplyGraph choose(SupplyGraph whole, GraphParts parts, int nodeLimit, int edgeLimit) {
        if (whole.nodes().size() <= nodeLimit && whole.edgeCount() <= edgeLimit) return whole;
        int limit = nodeLimit;
        Set<String> keep = around(whole, parts, limit);
        // Counted on the whole graph, so the subgraph is built once.
        while (edgesWithin(whole, keep) > edgeLimit && limit > 1) {
            limit /= 2;
            keep = around(whole, parts, limit);
        }
        return parts.build(keep::contains);
    }

    private static long edgesWithin(SupplyGraph whole, Set<String> keep) {
        long n = 0;
        for (String v : keep) {
            if (!whole.nodes().containsKey(v)) continue;
            for (SupplyEdge e : whole.outgoing(v)) if (keep.contains(e.target())) n++;
        }
        return n;
    }

    private static Set<String> around(SupplyGraph whole, GraphParts parts, int limit) {
        Set<String> keep = new LinkedHashSet<>();
        int[] order = parts.rankOrder();
        for (int pass = 0; pass < 2; pass++) {
            for (int n : order) {
                Party p = parts.party(n);
                boolean seed = pass == 0 ? p.listed() : !parts.ranked(n).flags().isEmpty();
                if (!seed) continue;
                if (!add(keep, PartyNode.key(n), limit)) return keep;
                for (ListedHit h : p.hits()) {
                    if (!add(keep, h.entityId(), limit)) return keep;
                    for (String owner : parts.ownersOf(h.entityId())) if (!add(keep, owner, limit)) return keep;
                }
            }
        }
        for (String seed : new java.util.ArrayList<>(keep)) {
            if (!whole.nodes().containsKey(seed)) continue;
            for (SupplyEdge e : whole.edgesOf(seed)) {
                if (!add(keep, e.source(), limit) || !add(keep, e.target(), limit)) return keep;
            }
        }
        return keep;
    }

    private static boolean add(Set<String> keep, String key, int limit) {
        if (keep.contains(key)) return true;
        if (keep.size() >= limit) return false;
        keep.add(key);
        return true;
    }
}
