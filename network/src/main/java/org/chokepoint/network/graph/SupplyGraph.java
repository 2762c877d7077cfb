package org.chokepoint.network.graph;

import org.chokepoint.model.Ownership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The supply graph: a directed weighted pseudograph of {@link GraphNode}s (by key) and {@link SupplyEdge}s.
 * Built once by {@link Builder}, then read-only and thread-safe. Nodes are added in key order and edges in a
 * canonical order whatever the order of the input, so that every algorithm that walks the graph (communities,
 * exports) gives the same result for the same content.
 *
 * <p>Each node's edges in and out are held in arrays, in the canonical order, and the edges once in a list: the
 * order JGraphT's directed pseudograph, which held them before, gives for the same additions. Its hash maps of
 * nodes to edge sets and of edges to their ends cost some 150 bytes per edge, about half of the graph's memory at
 * ten million records (1.2 million trading pairs), and adding each edge to them most of the time the graph took
 * to build.
 */
public final class SupplyGraph {
    private static final SupplyEdge[] NONE = new SupplyEdge[0];

    private final Map<String, GraphNode> nodes;
    /** The edges in canonical order, listed once: the graph never changes after build. */
    private final List<SupplyEdge> edges;
    /** The number of each node key, in key order: the index into the arrays below. */
    private final Map<String, Integer> number;
    /** The nodes by number: a look-up by key is a hash look-up, not a walk down the sorted map. */
    private final GraphNode[] byNumber;
    /** Per node number, its edges in and out, in canonical order (self-loops in both). */
    private final SupplyEdge[][] in, out;
    /** The same restricted to trade edges (the very arrays above when a node has no other edges): the chain searches ask for them again and again. */
    private final SupplyEdge[][] tradeIn, tradeOut;

    private SupplyGraph(Map<String, GraphNode> nodes, List<SupplyEdge> sorted) {
        this.nodes = Collections.unmodifiableMap(nodes);
        this.edges = Collections.unmodifiableList(sorted);
        Map<String, Integer> number = HashMap.newHashMap(nodes.size());
        for (String key : nodes.keySet()) number.put(key, number.size());
        this.number = number;
        this.byNumber = nodes.values().toArray(new GraphNode[0]);
        int n = nodes.size();
        int[] inDegree = new int[n], outDegree = new int[n];
        int[] sources = new int[sorted.size()], targets = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            SupplyEdge e = sorted.get(i);
            Integer s = number.get(e.source()), t = number.get(e.target());
            if (s == null) throw new IllegalArgumentException("edge " + e + ": unknown node " + e.source());
            if (t == null) throw new IllegalArgumentException("edge " + e + ": unknown node " + e.target());
            sources[i] = s;
            targets[i] = t;
            outDegree[s]++;
            inDegree[t]++;
        }
        in = new SupplyEdge[n][];
        out = new SupplyEdge[n][];
        for (int v = 0; v < n; v++) {
            in[v] = inDegree[v] == 0 ? NONE : new SupplyEdge[inDegree[v]];
            out[v] = outDegree[v] == 0 ? NONE : new SupplyEdge[outDegree[v]];
        }
        int[] inFilled = new int[n], outFilled = new int[n];
        for (int i = 0; i < sorted.size(); i++) {
            SupplyEdge e = sorted.get(i);
            out[sources[i]][outFilled[sources[i]]++] = e;
            in[targets[i]][inFilled[targets[i]]++] = e;
        }
        tradeIn = new SupplyEdge[n][];
        tradeOut = new SupplyEdge[n][];
        for (int v = 0; v < n; v++) {
            tradeIn[v] = trade(in[v]);
            tradeOut[v] = trade(out[v]);
        }
    }

    private static SupplyEdge[] trade(SupplyEdge[] edges) {
        int n = 0;
        for (SupplyEdge e : edges) if (e.relation() == Relation.TRADE) n++;
        if (n == edges.length) return edges;
        SupplyEdge[] out = new SupplyEdge[n];
        int i = 0;
        for (SupplyEdge e : edges) if (e.relation() == Relation.TRADE) out[i++] = e;
        return out;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every node by key, in key order. */
    public Map<String, GraphNode> nodes() {
        return nodes;
    }

    /** The node of a key, or null when it is not in the graph. */
    public GraphNode node(String key) {
        Integer v = number.get(key);
        return v == null ? null : byNumber[v];
    }

    /** The edges in the graph's canonical order. */
    public List<SupplyEdge> edges() {
        return edges;
    }

    /** How many edges the graph has, of every relation. */
    public int edgeCount() {
        return edges.size();
    }

    /** Whether the node is listed (a listed entity, or a party matched to one). */
    public boolean listed(String key) {
        GraphNode n = node(key);
        return n != null && n.listed();
    }

    /**
     * The edges leaving a node, of every relation, in canonical order; unmodifiable.
     *
     * @throws IllegalArgumentException when the node is not in the graph
     */
    public List<SupplyEdge> outgoing(String key) {
        return view(out[numberOf(key)]);
    }

    /**
     * The edges entering a node, of every relation, in canonical order; unmodifiable.
     *
     * @throws IllegalArgumentException when the node is not in the graph
     */
    public List<SupplyEdge> incoming(String key) {
        return view(in[numberOf(key)]);
    }

    /**
     * The edges touching a node: those entering it, then those leaving it but its self-loops (already listed),
     * each in canonical order, as JGraphT's directed graphs list them; unmodifiable.
     *
     * @throws IllegalArgumentException when the node is not in the graph
     */
    public List<SupplyEdge> edgesOf(String key) {
        int v = numberOf(key);
        List<SupplyEdge> all = new ArrayList<>(in[v].length + out[v].length);
        Collections.addAll(all, in[v]);
        for (SupplyEdge e : out[v]) if (!e.target().equals(key)) all.add(e);
        return Collections.unmodifiableList(all);
    }

    /** The edges from {@code source} to {@code target}, of every relation, in canonical order; empty when there are none. */
    public List<SupplyEdge> edgesBetween(String source, String target) {
        List<SupplyEdge> found = new ArrayList<>(1);
        for (SupplyEdge e : out[numberOf(source)]) if (e.target().equals(target)) found.add(e);
        return found;
    }

    private int numberOf(String key) {
        Integer v = number.get(key);
        if (v == null) throw new IllegalArgumentException("no vertex " + key + " in the graph");
        return v;
    }

    private static List<SupplyEdge> view(SupplyEdge[] edges) {
        return Collections.unmodifiableList(Arrays.asList(edges));
    }

    /** The trade edges leaving a node, in canonical order: the graph's own array, which the caller must not change. */
    SupplyEdge[] tradeOut(String key) {
        return tradeOut[numberOf(key)];
    }

    /** The trade edges entering a node, in canonical order: the graph's own array, which the caller must not change. */
    SupplyEdge[] tradeIn(String key) {
        return tradeIn[numberOf(key)];
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
            List<SupplyEdge> sorted = new ArrayList<>(edges);
            sorted.sort(EDGE_ORDER);
            return new SupplyGraph(new TreeMap<>(nodes), sorted);
        }
    }

    /**
     * Source, target, relation, detail, weight, then the trade's first and last dates and shipments: a total order on
     * content. Written out rather than chained from key extractors, which cost a tenth of the network stage at a million
     * edges; the same order.
     */
    static final java.util.Comparator<SupplyEdge> EDGE_ORDER = (a, b) -> {
        int c = a.source().compareTo(b.source());
        if (c != 0) return c;
        c = a.target().compareTo(b.target());
        if (c != 0) return c;
        c = a.relation().compareTo(b.relation());
        if (c != 0) return c;
        c = a.detail().compareTo(b.detail());
        if (c != 0) return c;
        c = Double.compare(a.weight(), b.weight());
        if (c != 0) return c;
        return tradeKey(a).compareTo(tradeKey(b));
    };

    private static String tradeKey(SupplyEdge e) {
        return e.trade() == null ? "" : e.trade().first() + " " + e.trade().last() + " " + e.trade().shipments();
    }
}
