package org.chokepoint.detect.network;

import org.chokepoint.detect.party.Party;
import org.chokepoint.detect.watchlist.ListedHit;
import org.chokepoint.network.graph.PartyNode;
import org.chokepoint.network.graph.SupplyEdge;
import org.chokepoint.network.graph.SupplyGraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        // The nodes around the seeds for any limit are the first that many of one sequence ({@link #around} adds the
        // same keys in the same order and stops at the limit), so the sequence is taken once, at the node limit, and the
        // edges within each shorter prefix counted from each edge's later end: the halving below asked for a new
        // sequence and walked its edges again at each limit, a third of the exports' time at a million records.
        List<String> sequence = new ArrayList<>(around(whole, parts, nodeLimit));
        long[] within = edgesWithinPrefixes(whole, sequence);
        int limit = nodeLimit;
        while (within[Math.min(limit, sequence.size())] > edgeLimit && limit > 1) limit /= 2;
        Set<String> keep = new HashSet<>(sequence.subList(0, Math.min(limit, sequence.size())));
        return parts.build(keep::contains);
    }

    /**
     * {@code out[m]}: how many edges of {@code whole} have both ends among the first {@code m} keys of {@code sequence}
     * (distinct keys, some perhaps not in the graph), for {@code m} from 0 to the sequence's length.
     */
    private static long[] edgesWithinPrefixes(SupplyGraph whole, List<String> sequence) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < sequence.size(); i++) position.put(sequence.get(i), i);
        // The edges whose later end is the i-th key, counted at i + 1.
        long[] out = new long[sequence.size() + 1];
        for (int i = 0; i < sequence.size(); i++) {
            String v = sequence.get(i);
            if (!whole.nodes().containsKey(v)) continue;
            for (SupplyEdge e : whole.outgoing(v)) {
                Integer target = position.get(e.target());
                if (target != null) out[Math.max(i, target) + 1]++;
            }
        }
        for (int m = 1; m < out.length; m++) out[m] += out[m - 1];
        return out;
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
        for (String seed : new ArrayList<>(keep)) {
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
