package org.chokepoint.network.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Distances and flows towards listed parties, and the supplier chains that reach them, over the trade
 * edges of a {@link SupplyGraph}. Pure functions of the graph; thread-safe.
 */
public final class SupplyPaths {
    /** Supplier chains explored per end user before the search stops: dense graphs have very many. */
    public static final int MAX_EXPLORED = 5_000;

    private SupplyPaths() {}

    /**
     * For every node: trade hops to the nearest listed node following the goods, and the value it sells
     * towards listed nodes within {@code k} hops. One breadth-first search backwards from all listed nodes
     * at once, so the cost is linear in the graph.
     *
     * @param k the distance searched, at least 1
     * @return one entry per node, in key order
     */
    public static Map<String, Proximity> towardsListed(SupplyGraph g, int k) {
        if (k < 1) throw new IllegalArgumentException("k must be at least 1, got " + k);
        Map<String, Integer> hops = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        for (String key : g.nodes().keySet()) {
            if (g.listed(key)) {
                hops.put(key, 0);
                queue.add(key);
            }
        }
        while (!queue.isEmpty()) {
            String v = queue.poll();
            int d = hops.get(v);
            if (d >= k) continue;
            for (SupplyEdge e : g.tradeIn(v)) {
                if (!hops.containsKey(e.source())) {
                    hops.put(e.source(), d + 1);
                    queue.add(e.source());
                }
            }
        }
        Map<String, Proximity> out = new LinkedHashMap<>();
        for (String key : g.nodes().keySet()) {
            double value = 0, chpl = 0;
            String next = null;
            int h = hops.getOrDefault(key, -1);
            for (SupplyEdge e : g.tradeOut(key)) {
                Integer d = hops.get(e.target());
                if (d == null || d > k - 1) continue;
                value += e.trade().valueUsd();
                chpl += e.trade().chplValueUsd();
                if (h > 0 && d == h - 1 && (next == null || e.target().compareTo(next) < 0)) next = e.target();
            }
            out.put(key, new Proximity(key, h, value, chpl, next));
        }
        return out;
    }

    /**
     * The supplier chains ending at one listed end user: every simple chain of at most {@code maxHops}
     * sales that cannot be extended further back within that length, best first by bottleneck value (ties:
     * fewer hops, then node keys). At most {@value #MAX_EXPLORED} chains are explored.
     *
     * @param endUser a node key
     * @param maxHops at least 1
     * @param limit   how many chains to return, at least 1
     */
    public static List<SupplyPath> suppliersOf(SupplyGraph g, String endUser, int maxHops, int limit) {
        if (maxHops < 1 || limit < 1) throw new IllegalArgumentException("maxHops and limit must be at least 1");
        if (g.node(endUser) == null) throw new IllegalArgumentException("unknown node " + endUser);
        Best best = new Best(limit);
        ArrayDeque<String> chain = new ArrayDeque<>();
        chain.addFirst(endUser);
        walk(g, chain, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, maxHops, best);
        return best.inOrder();
    }

    /**
     * The best chains found so far, at most {@code limit}, in a heap whose head is the worst of them; and how many
     * chains were found. A chain becomes a {@link SupplyPath} only when it enters the heap: sorting every chain found
     * (up to {@value #MAX_EXPLORED} per end user) and making a path of each was most of the search. The order is total
     * (two chains differ in their nodes), so the same chains come out in the same order as from sorting them all.
     */
    private static final class Best {
        /** A kept chain, with its node keys joined when a tie asks for them (thousands of chains tie often), once. */
        private static final class Kept {
            final SupplyPath path;
            private String nodes;

            Kept(SupplyPath path) {
                this.path = path;
            }

            String nodes() {
                if (nodes == null) nodes = String.join(" ", path.nodes());
                return nodes;
            }
        }

        /** Best first: bottleneck value, then fewer hops, then the node keys. */
        private static final Comparator<Kept> ORDER = Comparator.comparingDouble((Kept k) -> k.path.bottleneckUsd()).reversed()
                .thenComparingInt(k -> k.path.hops())
                .thenComparing(Kept::nodes);

        private final int limit;
        private final java.util.PriorityQueue<Kept> kept;
        int found;

        Best(int limit) {
            this.limit = limit;
            this.kept = new java.util.PriorityQueue<>(Math.min(limit, 64) + 1, ORDER.reversed());
        }

        void offer(ArrayDeque<String> chain, double bottleneck, double chpl) {
            found++;
            if (kept.size() >= limit && !better(chain, bottleneck, kept.peek())) return;
            if (kept.size() >= limit) kept.poll();
            kept.add(new Kept(new SupplyPath(List.copyOf(chain), bottleneck, chpl)));
        }

        /** Whether the chain comes before the kept one in {@link #ORDER}. */
        private static boolean better(ArrayDeque<String> chain, double bottleneck, Kept worst) {
            int c = Double.compare(bottleneck, worst.path.bottleneckUsd());
            if (c != 0) return c > 0;
            c = Integer.compare(chain.size() - 1, worst.path.hops());
            if (c != 0) return c < 0;
            return String.join(" ", chain).compareTo(worst.nodes()) < 0;
        }

        List<SupplyPath> inOrder() {
            List<Kept> sorted = new ArrayList<>(kept);
            sorted.sort(ORDER);
            List<SupplyPath> out = new ArrayList<>(sorted.size());
            for (Kept k : sorted) out.add(k.path);
            return List.copyOf(out);
        }
    }

    /** Depth first; a chain is a few nodes long, so looking along it beats a set of its nodes. */
    private static void walk(SupplyGraph g, ArrayDeque<String> chain, double bottleneck, double chpl, int hopsLeft, Best best) {
        if (best.found >= MAX_EXPLORED) return;
        boolean extended = false;
        if (hopsLeft > 0) {
            for (SupplyEdge e : g.tradeIn(chain.peekFirst())) {
                String seller = e.source();
                if (chain.contains(seller)) continue;
                extended = true;
                chain.addFirst(seller);
                walk(g, chain, Math.min(bottleneck, e.trade().valueUsd()), Math.min(chpl, e.trade().chplValueUsd()), hopsLeft - 1, best);
                chain.removeFirst();
            }
        }
        if (!extended && chain.size() > 1) best.offer(chain, bottleneck, chpl);
    }
}
