package org.chokepoint.network.communities;

import org.chokepoint.network.graph.Relation;
import org.chokepoint.network.graph.SupplyEdge;
import org.chokepoint.network.graph.SupplyGraph;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.builder.GraphTypeBuilder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Communities by label propagation (JGraphT's {@link LabelPropagationClustering}, Raghavan et al. 2007)
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
        Graph<String, Object> trade = GraphTypeBuilder.<String, Object>undirected().allowingMultipleEdges(false)
                .allowingSelfLoops(false).weighted(false).edgeSupplier(Object::new).buildGraph();
        Set<String> traders = new TreeSet<>();
        for (SupplyEdge e : g.edges()) {
            if (e.relation() == Relation.TRADE && !e.source().equals(e.target())) {
                traders.add(e.source());
                traders.add(e.target());
            }
        }
        for (String v : traders) trade.addVertex(v);
        for (SupplyEdge e : g.edges()) {
            if (e.relation() == Relation.TRADE && !e.source().equals(e.target()) && !trade.containsEdge(e.source(), e.target())) {
                trade.addEdge(e.source(), e.target());
            }
        }
        var clustering = new LabelPropagationClustering<>(trade, MAX_ITERATIONS, new Random(SEED)).getClustering();
        List<TreeSet<String>> groups = new ArrayList<>();
        for (Set<String> c : clustering.getClusters()) if (c.size() >= Math.max(1, minSize)) groups.add(new TreeSet<>(c));
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
