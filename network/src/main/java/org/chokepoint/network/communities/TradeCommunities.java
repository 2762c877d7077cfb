package org.chokepoint.network.communities;

import org.chokepoint.network.graph.Relation;
import org.chokepoint.network.graph.SupplyEdge;
import org.chokepoint.network.graph.SupplyGraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
        Set<String> traders = new TreeSet<>();
        for (SupplyEdge e : g.edges()) {
            if (e.relation() == Relation.TRADE && !e.source().equals(e.target())) {
                traders.add(e.source());
                traders.add(e.target());
            }
        }
        // The undirected trade graph as JGraphT would hold it: vertices in key order, each vertex's edges in
        // the order they were added, one edge per pair.
        List<String> keys = new ArrayList<>(traders);
        Map<String, Integer> number = new HashMap<>();
        for (String k : keys) number.put(k, number.size());
        List<List<Integer>> adjacent = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) adjacent.add(new ArrayList<>(4));
        Set<Long> pairs = new HashSet<>();
        for (SupplyEdge e : g.edges()) {
            if (e.relation() != Relation.TRADE || e.source().equals(e.target())) continue;
            int a = number.get(e.source()), b = number.get(e.target());
            if (!pairs.add(((long) Math.min(a, b) << 32) | Math.max(a, b))) continue;
            adjacent.get(a).add(b);
            adjacent.get(b).add(a);
        }
        int[][] neighbours = new int[keys.size()][];
        for (int i = 0; i < neighbours.length; i++) neighbours[i] = adjacent.get(i).stream().mapToInt(Integer::intValue).toArray();
        int[] community = LabelPropagation.communities(neighbours, MAX_ITERATIONS, new Random(SEED));
        Map<Integer, TreeSet<String>> members = new HashMap<>();
        for (int i = 0; i < community.length; i++) members.computeIfAbsent(community[i], c -> new TreeSet<>()).add(keys.get(i));
        List<TreeSet<String>> groups = new ArrayList<>();
        for (TreeSet<String> c : members.values()) if (c.size() >= Math.max(1, minSize)) groups.add(c);
        groups.sort(Comparator.<TreeSet<String>>comparingInt(Set::size).reversed().thenComparing(TreeSet::first));
        return describe(g, groups);
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
