package org.chokepoint.network.communities;

import org.chokepoint.network.graph.Relation;
import org.chokepoint.network.graph.SupplyEdge;
import org.chokepoint.network.graph.SupplyGraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Communities by label propagation (as JGraphT's {@code LabelPropagationClustering} computes it, {@link LabelPropagation}; Raghavan et al. 2007)
 * on the undirected trade graph: each party takes the label most of its trading partners carry, until
 * nothing changes. Near-linear, so it suits a million records; it ignores trade values and its result
 * depends on the visiting order, which is made deterministic here: parties enter the graph in key order
 * and the algorithm's random source is seeded ({@link #SEED}). Parties without trade are left out; a
 * community has at least {@code minSize} members. Thread-safe. {@link LouvainCommunities} weighs trade
 * value instead, at the cost of a few more passes.
 */
public final class TradeCommunities {
    /** Seed of the visiting order: fixed, so the same graph gives the same communities. */
    public static final long SEED = 20_220_224L;
    /** Rounds of propagation at most. */
    public static final int MAX_ITERATIONS = 100;

    private TradeCommunities() {}

    /** The communities of at least {@code minSize} members, largest first (ties: first member key). */
    public static List<Community> find(SupplyGraph g, int minSize) {
        // The node keys numbered in key order (the graph's node map is in key order), the trading ones then renumbered:
        // arrays instead of a sorted set, a map and a set of boxed pairs per edge, which at ten million records (a
        // million trade edges) cost seconds. The numbering, the edges' order and so the communities are as before.
        Map<String, Integer> index = HashMap.newHashMap(g.nodes().size());
        List<String> all = new ArrayList<>(g.nodes().keySet());
        for (String k : all) index.put(k, index.size());
        List<SupplyEdge> edges = g.edges();
        int[] from = new int[edges.size()], to = new int[edges.size()];
        boolean[] trades = new boolean[all.size()];
        int m = 0;
        for (SupplyEdge e : edges) {
            if (e.relation() != Relation.TRADE || e.source().equals(e.target())) continue;
            int a = index.get(e.source()), b = index.get(e.target());
            trades[a] = true;
            trades[b] = true;
            from[m] = a;
            to[m++] = b;
        }
        // The undirected trade graph as JGraphT would hold it: vertices in key order, each vertex's edges in
        // the order they were added, one edge per pair.
        int[] number = new int[all.size()];
        List<String> keys = new ArrayList<>();
        for (int v = 0; v < all.size(); v++) {
            number[v] = trades[v] ? keys.size() : -1;
            if (trades[v]) keys.add(all.get(v));
        }
        int[] degree = new int[keys.size()];
        PairSet pairs = new PairSet(m);
        boolean[] kept = new boolean[m];
        for (int i = 0; i < m; i++) {
            int a = number[from[i]], b = number[to[i]];
            from[i] = a;
            to[i] = b;
            if (!pairs.add(((long) Math.min(a, b) << 32) | Math.max(a, b))) continue;
            kept[i] = true;
            degree[a]++;
            degree[b]++;
        }
        int[][] neighbours = new int[keys.size()][];
        for (int i = 0; i < neighbours.length; i++) neighbours[i] = new int[degree[i]];
        int[] filled = new int[keys.size()];
        for (int i = 0; i < m; i++) {
            if (!kept[i]) continue;
            neighbours[from[i]][filled[from[i]]++] = to[i];
            neighbours[to[i]][filled[to[i]]++] = from[i];
        }
        int[] community = LabelPropagation.communities(neighbours, MAX_ITERATIONS, new Random(SEED));
        Map<Integer, TreeSet<String>> members = new HashMap<>();
        for (int i = 0; i < community.length; i++) members.computeIfAbsent(community[i], c -> new TreeSet<>()).add(keys.get(i));
        List<TreeSet<String>> groups = new ArrayList<>();
        for (TreeSet<String> c : members.values()) if (c.size() >= Math.max(1, minSize)) groups.add(c);
        groups.sort(Comparator.<TreeSet<String>>comparingInt(Set::size).reversed().thenComparing(TreeSet::first));
        return describe(g, groups);
    }

    /** A set of non-negative longs, open addressing; for the pairs of vertices already joined. Not thread-safe. */
    private static final class PairSet {
        private long[] slots;
        private int size;

        PairSet(int expected) {
            slots = new long[Integer.highestOneBit(Math.max(16, expected * 2)) * 2];
            java.util.Arrays.fill(slots, -1);
        }

        /** Adds a key of at least 0; false when it was there. */
        boolean add(long key) {
            if (2 * (size + 1) > slots.length) grow();
            int mask = slots.length - 1;
            for (int i = (int) (mix(key) & mask); ; i = (i + 1) & mask) {
                if (slots[i] == key) return false;
                if (slots[i] < 0) {
                    slots[i] = key;
                    size++;
                    return true;
                }
            }
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            java.util.Arrays.fill(slots, -1);
            size = 0;
            for (long k : old) if (k >= 0) add(k);
        }

        private static long mix(long k) {
            k *= 0x9E3779B97F4A7C15L;
            return k ^ (k >>> 32);
        }
    }

    /** The communities of the given member groups, in their order: value traded inside, listed members. */
    static List<Community> describe(SupplyGraph g, List<TreeSet<String>> groups) {
        Map<String, Integer> groupOf = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) for (String v : groups.get(i)) groupOf.put(v, i);
        double[] internal = new double[groups.size()];
        for (SupplyEdge e : g.edges()) {
            if (e.relation() != Relation.TRADE) continue;
            Integer a = groupOf.get(e.source()), b = groupOf.get(e.target());
            if (a != null && a.equals(b)) internal[a] += e.weight();
        }
        List<Community> out = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            List<String> listed = groups.get(i).stream().filter(g::listed).toList();
            out.add(new Community(i, List.copyOf(groups.get(i)), internal[i], listed));
        }
        return out;
    }
}
