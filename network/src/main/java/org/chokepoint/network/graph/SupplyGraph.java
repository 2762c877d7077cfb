package org.chokepoint.network.graph;

import org.chokepoint.model.Ownership;
import org.jgrapht.Graph;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.AsUnmodifiableGraph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The supply graph: a JGraphT directed weighted pseudograph of {@link GraphNode}s (by key) and {@link
 * SupplyEdge}s. Built once by {@link Builder}, then read-only and thread-safe. Nodes are added in key
 * order and edges in a canonical order whatever the order of the input, so that every algorithm that
 * walks the graph (communities, exports) gives the same result for the same content.
 */
public final class SupplyGraph {
    private final Graph<String, SupplyEdge> graph;
    private final Map<String, GraphNode> nodes;
    /** The edges in canonical order, listed once: the graph never changes after build. */
    private final List<SupplyEdge> edges;

    /** Per node key, its trade edges in and out, in canonical order: the chain searches ask for them again and again. */
    private final Map<String, List<SupplyEdge>> tradeIn, tradeOut;

    private SupplyGraph(Graph<String, SupplyEdge> graph, Map<String, GraphNode> nodes) {
        this.graph = new AsUnmodifiableGraph<>(graph);
        this.nodes = Collections.unmodifiableMap(nodes);
        this.edges = List.copyOf(graph.edgeSet());
        Map<String, List<SupplyEdge>> in = new java.util.HashMap<>(), out = new java.util.HashMap<>();
        for (String key : nodes.keySet()) {
            in.put(key, trade(graph.incomingEdgesOf(key)));
            out.put(key, trade(graph.outgoingEdgesOf(key)));
        }
        this.tradeIn = in;
        this.tradeOut = out;
    }

    private static List<SupplyEdge> trade(java.util.Set<SupplyEdge> edges) {
        List<SupplyEdge> out = new ArrayList<>();
        for (SupplyEdge e : edges) if (e.relation() == Relation.TRADE) out.add(e);
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The graph, read-only. Vertices are node keys. */
    public Graph<String, SupplyEdge> graph() {
        return graph;
    }

    /** Every node by key, in key order. */
    public Map<String, GraphNode> nodes() {
        return nodes;
    }

    public GraphNode node(String key) {
        return nodes.get(key);
    }

    /** The edges in the graph's canonical order. */
    public List<SupplyEdge> edges() {
        return edges;
    }

    /** Whether the node is listed (a listed entity, or a party matched to one). */
    public boolean listed(String key) {
        GraphNode n = nodes.get(key);
        return n != null && n.listed();
    }

    /** The trade edges leaving a node, in canonical order; unmodifiable. */
    List<SupplyEdge> tradeOut(String key) {
        List<SupplyEdge> out = tradeOut.get(key);
        if (out == null) throw new IllegalArgumentException("no vertex " + key + " in the graph");
        return out;
    }

    /** The trade edges entering a node, in canonical order; unmodifiable. */
    List<SupplyEdge> tradeIn(String key) {
        List<SupplyEdge> in = tradeIn.get(key);
        if (in == null) throw new IllegalArgumentException("no vertex " + key + " in the graph");
        return in;
    }

    /**
     * Collects nodes and relations in any order; {@link #build} sorts them. Not thread-safe. Unknown node
     * keys in relations are an error, reported with the relation.
     */
    public static final class Builder {
        private final Map<String, GraphNode> nodes = new TreeMap<>();
        private final List<SupplyEdge> edges = new ArrayList<>();

        public Builder party(PartyNode p) {
            put(new GraphNode(partyKey(p.id()), GraphNode.PARTY, p.name(), p.country(), p.listed(), p.risk()));
            return this;
        }

        public Builder listed(ListedNode e) {
            put(new GraphNode(e.entityId(), GraphNode.LISTED_ENTITY, e.name(), e.country(), true, 1.0));
            return this;
        }

        private void put(GraphNode n) {
            GraphNode before = nodes.putIfAbsent(n.key(), n);
            if (before != null && !before.equals(n)) throw new IllegalArgumentException("node " + n.key() + " added twice with different content");
        }

        public Builder trade(TradeEdge t) {
            edges.add(new SupplyEdge(partyKey(t.seller()), partyKey(t.buyer()), Relation.TRADE, t.valueUsd(), t, ""));
            return this;
        }

        /**
         * Each party's node key made once and shared by its edges: the trade edges run into the millions at ten million
         * records, and a key per edge end was a tenth of the graph's memory.
         */
        private String partyKey(int party) {
            if (party < 0) return PartyNode.key(party);
            if (party >= partyKeys.length) partyKeys = java.util.Arrays.copyOf(partyKeys, Math.max(party + 1, partyKeys.length * 2));
            String k = partyKeys[party];
            if (k == null) partyKeys[party] = k = PartyNode.key(party);
            return k;
        }

        private String[] partyKeys = new String[16];

        /** Two parties that declared the same identifier; one edge each way. */
        public Builder sharedIdentifier(int partyA, int partyB, String identifier) {
            return symmetric(partyKey(partyA), partyKey(partyB), Relation.SHARED_IDENTIFIER, identifier);
        }

        /** Two parties that declared the same address; one edge each way. */
        public Builder sharedAddress(int partyA, int partyB, String address) {
            return symmetric(partyKey(partyA), partyKey(partyB), Relation.SHARED_ADDRESS, address);
        }

        private Builder symmetric(String a, String b, Relation r, String detail) {
            edges.add(new SupplyEdge(a, b, r, 1, null, detail));
            edges.add(new SupplyEdge(b, a, r, 1, null, detail));
            return this;
        }

        /**
         * An ownership relation between node keys (entity ids of listed entities, or party keys "p12" for
         * parties resolved to the owner or the asset).
         */
        public Builder ownership(Ownership o, String ownerKey, String assetKey) {
            edges.add(new SupplyEdge(ownerKey, assetKey, Relation.OWNERSHIP, o.percentage() == null ? 0 : o.percentage(), null,
                    Objects.requireNonNullElse(o.role(), "")));
            return this;
        }

        /** A party matched by screening to a listed entity, with the match score in [0, 1]. */
        public Builder listMatch(int party, String entityId, double score) {
            edges.add(new SupplyEdge(partyKey(party), entityId, Relation.LIST_MATCH, score, null, ""));
            return this;
        }

        public SupplyGraph build() {
            // A directed weighted pseudograph without JGraphT's fast look-up of the edges between two nodes (a map of node
            // pairs, over 100 bytes per trading pair: a third of the graph's memory at ten million records); nothing here
            // asks for the edges between two given nodes but a few supply paths when written, and every order of edges,
            // per node and overall, is the order they were added, as before.
            Graph<String, SupplyEdge> g = new AbstractBaseGraph<String, SupplyEdge>(null, null, DefaultGraphType.directedPseudograph().asWeighted(),
                    new DefaultGraphSpecificsStrategy<>()) {};
            for (String key : nodes.keySet()) g.addVertex(key);
            List<SupplyEdge> sorted = new ArrayList<>(edges);
            sorted.sort(EDGE_ORDER);
            // Checked in a hash set: two look-ups in the sorted map per edge were a tenth of the stage at a million edges.
            java.util.Set<String> known = java.util.HashSet.newHashSet(nodes.size());
            known.addAll(nodes.keySet());
            for (SupplyEdge e : sorted) {
                if (!known.contains(e.source())) throw new IllegalArgumentException("edge " + e + ": unknown node " + e.source());
                if (!known.contains(e.target())) throw new IllegalArgumentException("edge " + e + ": unknown node " + e.target());
                g.addEdge(e.source(), e.target(), e);
                g.setEdgeWeight(e, e.weight());
            }
            return new SupplyGraph(g, new TreeMap<>(nodes));
        }
    }

    /** Source, target, relation, detail, weight, then the trade's first date: a total order on content. */
    static final java.util.Comparator<SupplyEdge> EDGE_ORDER = java.util.Comparator.comparing(SupplyEdge::source)
            .thenComparing(SupplyEdge::target).thenComparing(SupplyEdge::relation).thenComparing(SupplyEdge::detail)
            .thenComparingDouble(SupplyEdge::weight)
            .thenComparing(e -> e.trade() == null ? "" : e.trade().first() + " " + e.trade().last() + " " + e.trade().shipments());
}
