package org.chokepoint.network.communities;

import org.chokepoint.network.graph.Relation;
import org.chokepoint.network.graph.SupplyEdge;
import org.chokepoint.network.graph.SupplyGraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Communities by modularity on trade value: the Louvain method (Blondel et al. 2008) on the undirected
 * trade graph weighted by the value traded between two parties (both directions summed). Each party
 * moves to the neighbouring community that raises modularity most, until no move helps; the communities
 * then become the nodes of a smaller graph and the moves start again, until nothing changes. Unlike label
 * propagation it weighs value, so a hub that sells a little to everyone does not pull them all into one
 * giant community.
 *
 * <p>Deterministic: parties are visited in key order and ties go to the community of the smallest index,
 * so the same graph gives the same communities whatever the order it was built in. Near-linear in the
 * trade edges per pass. Parties without trade are left out. Thread-safe (no state).
 */
public final class LouvainCommunities {
    /** Aggregation levels at most. */
    public static final int MAX_LEVELS = 30;
    /** Passes over the nodes of one level at most. */
    public static final int MAX_PASSES = 100;
    /** A move must raise modularity by more than this (relative to the total weight), against rounding loops. */
    static final double MIN_GAIN = 1e-12;

    private LouvainCommunities() {}

    /** Resolution of the standard modularity. */
    public static final double STANDARD_RESOLUTION = 1.0;

    /** The communities of at least {@code minSize} members at the standard resolution, largest first (ties: first member key). */
    public static List<Community> find(SupplyGraph g, int minSize) {
        return find(g, minSize, STANDARD_RESOLUTION);
    }

    /**
     * As {@link #find(SupplyGraph, int)}, maximising modularity with a resolution {@code gamma} &gt; 0 (Reichardt
     * and Bornholdt): the expected-trade term is multiplied by it, so above 1 communities come out smaller.
     * Modularity cannot see communities below a size that grows with the graph (its resolution limit); a
     * higher gamma is the usual remedy when one community holds most parties.
     */
    public static List<Community> find(SupplyGraph g, int minSize, double gamma) {
        if (!(gamma > 0)) throw new IllegalArgumentException("gamma must be > 0: " + gamma);
        Weighted w = Weighted.of(g);
        int[] communityOf = partition(w, gamma);
        Map<Integer, TreeSet<String>> byCommunity = new TreeMap<>();
        for (int i = 0; i < w.keys.length; i++) byCommunity.computeIfAbsent(communityOf[i], k -> new TreeSet<>()).add(w.keys[i]);
        List<TreeSet<String>> groups = new ArrayList<>();
        for (TreeSet<String> c : byCommunity.values()) if (c.size() >= Math.max(1, minSize)) groups.add(c);
        groups.sort(Comparator.<TreeSet<String>>comparingInt(TreeSet::size).reversed().thenComparing(TreeSet::first));
        return TradeCommunities.describe(g, groups);
    }

    /**
     * The modularity of communities on the value-weighted undirected trade graph, in [-0.5, 1]: the share
     * of value traded inside communities less the share expected if partners were drawn at random by
     * their total trade. Parties in no community count as communities of their own. 0 for a graph without
     * trade.
     */
    public static double modularity(SupplyGraph g, List<Community> communities) {
        Weighted w = Weighted.of(g);
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < w.keys.length; i++) at.put(w.keys[i], i);
        int[] c = new int[w.keys.length];
        Arrays.fill(c, -1);
        for (Community k : communities) for (String m : k.members()) {
            Integer i = at.get(m);
            if (i != null) c[i] = k.id();
        }
        int next = communities.stream().mapToInt(Community::id).max().orElse(-1) + 1;
        for (int i = 0; i < c.length; i++) if (c[i] < 0) c[i] = next++;
        return modularity(w, c, Math.max(next, 1));
    }

    /** The community index of each node of w, numbered from 0. */
    static int[] partition(Weighted w, double gamma) {
        int n = w.keys.length;
        int[] communityOf = new int[n];
        for (int i = 0; i < n; i++) communityOf[i] = i;
        Level level = Level.of(w);
        for (int l = 0; l < MAX_LEVELS && level.size() > 0; l++) {
            int[] moved = level.localMoves(gamma);
            int count = renumber(moved);
            if (count == level.size()) break;
            for (int i = 0; i < n; i++) communityOf[i] = moved[communityOf[i]];
            level = level.aggregate(moved, count);
        }
        renumber(communityOf);
        return communityOf;
    }

    /** Renumbers community labels to 0..k-1 in order of first appearance; returns k. */
    private static int renumber(int[] labels) {
        Map<Integer, Integer> to = new HashMap<>();
        for (int i = 0; i < labels.length; i++) labels[i] = to.computeIfAbsent(labels[i], k -> to.size());
        return to.size();
    }

    private static double modularity(Weighted w, int[] c, int communities) {
        double m2 = 0;
        double[] in = new double[communities], tot = new double[communities];
        for (int i = 0; i < w.keys.length; i++) {
            for (int e = w.start[i]; e < w.start[i + 1]; e++) {
                m2 += w.weight[e];
                tot[c[i]] += w.weight[e];
                if (c[w.target[e]] == c[i]) in[c[i]] += w.weight[e];
            }
        }
        if (m2 <= 0) return 0;
        double q = 0;
        for (int k = 0; k < communities; k++) q += in[k] / m2 - (tot[k] / m2) * (tot[k] / m2);
        return q;
    }

    /** The undirected value-weighted trade graph in compressed rows; nodes in key order. */
    record Weighted(String[] keys, int[] start, int[] target, double[] weight) {
        static Weighted of(SupplyGraph g) {
            TreeMap<String, TreeMap<String, Double>> adj = new TreeMap<>();
            for (SupplyEdge e : g.edges()) {
                if (e.relation() != Relation.TRADE || e.source().equals(e.target()) || !(e.weight() > 0)) continue;
                adj.computeIfAbsent(e.source(), k -> new TreeMap<>()).merge(e.target(), e.weight(), Double::sum);
                adj.computeIfAbsent(e.target(), k -> new TreeMap<>()).merge(e.source(), e.weight(), Double::sum);
            }
            String[] keys = adj.keySet().toArray(String[]::new);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < keys.length; i++) index.put(keys[i], i);
            int[] start = new int[keys.length + 1];
            int edges = 0;
            for (int i = 0; i < keys.length; i++) {
                start[i] = edges;
                edges += adj.get(keys[i]).size();
            }
            start[keys.length] = edges;
            int[] target = new int[edges];
            double[] weight = new double[edges];
            int e = 0;
            for (String k : keys) {
                for (Map.Entry<String, Double> x : adj.get(k).entrySet()) {
                    target[e] = index.get(x.getKey());
                    weight[e++] = x.getValue();
                }
            }
            return new Weighted(keys, start, target, weight);
        }
    }

    /**
     * One level of the method: a weighted graph whose nodes may carry a self-loop (the value traded inside
     * the community the node stands for, counted in both directions).
     */
    private record Level(int[] start, int[] target, double[] weight, double[] self, double[] degree, double m2) {
        static Level of(Weighted w) {
            int n = w.keys.length;
            double[] degree = new double[n];
            double m2 = 0;
            for (int i = 0; i < n; i++) for (int e = w.start[i]; e < w.start[i + 1]; e++) degree[i] += w.weight[e];
            for (double d : degree) m2 += d;
            return new Level(w.start, w.target, w.weight, new double[n], degree, m2);
        }

        int size() {
            return degree.length;
        }

        /** Moves nodes between communities while modularity rises; the community of each node. */
        int[] localMoves(double gamma) {
            int n = size();
            int[] community = new int[n];
            double[] total = new double[n];
            for (int i = 0; i < n; i++) {
                community[i] = i;
                total[i] = degree[i];
            }
            double[] toCommunity = new double[n];
            Arrays.fill(toCommunity, -1);
            int[] touched = new int[n];
            for (int pass = 0; pass < MAX_PASSES; pass++) {
                boolean moved = false;
                for (int i = 0; i < n; i++) {
                    int own = community[i];
                    int t = 0;
                    toCommunity[own] = 0;
                    touched[t++] = own;
                    for (int e = start[i]; e < start[i + 1]; e++) {
                        int j = target[e];
                        if (j == i) continue;
                        int c = community[j];
                        if (toCommunity[c] < 0) {
                            toCommunity[c] = 0;
                            touched[t++] = c;
                        }
                        toCommunity[c] += weight[e];
                    }
                    total[own] -= degree[i];
                    int best = own;
                    double bestGain = toCommunity[own] - gamma * total[own] * degree[i] / m2;
                    for (int k = 0; k < t; k++) {
                        int c = touched[k];
                        double gain = toCommunity[c] - gamma * total[c] * degree[i] / m2;
                        // Strictly better only: ties keep the first candidate (its own community, then
                        // neighbours in key order), so the result depends on the graph alone.
                        if (gain > bestGain + MIN_GAIN * m2) {
                            best = c;
                            bestGain = gain;
                        }
                    }
                    total[best] += degree[i];
                    if (best != own) {
                        community[i] = best;
                        moved = true;
                    }
                    for (int k = 0; k < t; k++) toCommunity[touched[k]] = -1;
                }
                if (!moved) break;
            }
            return community;
        }

        /** The graph of the communities: node c for community c, self-loops for the value inside. */
        Level aggregate(int[] community, int count) {
            List<TreeMap<Integer, Double>> rows = new ArrayList<>(count);
            for (int c = 0; c < count; c++) rows.add(new TreeMap<>());
            double[] newSelf = new double[count], newDegree = new double[count];
            for (int i = 0; i < size(); i++) {
                int ci = community[i];
                newSelf[ci] += self[i];
                newDegree[ci] += degree[i];
                for (int e = start[i]; e < start[i + 1]; e++) {
                    int cj = community[target[e]];
                    if (cj == ci) newSelf[ci] += weight[e];
                    else rows.get(ci).merge(cj, weight[e], Double::sum);
                }
            }
            int[] s = new int[count + 1];
            int edges = 0;
            for (int c = 0; c < count; c++) {
                s[c] = edges;
                edges += rows.get(c).size();
            }
            s[count] = edges;
            int[] t = new int[edges];
            double[] w = new double[edges];
            int e = 0;
            for (int c = 0; c < count; c++) {
                for (Map.Entry<Integer, Double> x : rows.get(c).entrySet()) {
                    t[e] = x.getKey();
                    w[e++] = x.getValue();
                }
            }
            return new Level(s, t, w, newSelf, newDegree, m2);
        }
    }
}
