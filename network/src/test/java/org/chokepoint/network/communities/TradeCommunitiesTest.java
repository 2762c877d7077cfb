package org.chokepoint.network.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chokepoint.network.graph.PartyNode;
import org.chokepoint.network.graph.SmallGraph;
import org.chokepoint.network.graph.SupplyGraph;
import org.chokepoint.network.graph.TradeEdge;
import org.junit.jupiter.api.Test;

class TradeCommunitiesTest {
    @Test
    void twoDenseGroupsJoinedByOneSaleAreTwoCommunities() {
        SupplyGraph.Builder b = SupplyGraph.builder();
        for (int i = 0; i < 10; i++) b.party(new PartyNode(i, "party " + i, "AE", i == 7, List.of(), 0));
        // Two cliques, 0-4 and 5-9, joined by one sale 4 -> 5.
        for (int base : new int[] {0, 5}) {
            for (int i = base; i < base + 5; i++) for (int j = i + 1; j < base + 5; j++) b.trade(trade(i, j));
        }
        b.trade(trade(4, 5));
        List<Community> found = TradeCommunities.find(b.build(), 2);
        assertThat(found).extracting(Community::members).containsExactlyInAnyOrder(
                List.of("p0", "p1", "p2", "p3", "p4"), List.of("p5", "p6", "p7", "p8", "p9"));
        Community withListed = found.stream().filter(c -> c.members().contains("p7")).findFirst().orElseThrow();
        assertThat(withListed.listedMembers()).containsExactly("p7");
        assertThat(withListed.internalValueUsd()).isEqualTo(10 * 100);
    }

    @Test
    void deterministicAndADisjointCover() {
        List<Community> first = TradeCommunities.find(SmallGraph.build(0), 1);
        for (long seed = 1; seed <= 4; seed++) assertThat(TradeCommunities.find(SmallGraph.build(seed), 1)).isEqualTo(first);
        Set<String> seen = new HashSet<>();
        for (Community c : first) for (String m : c.members()) assertThat(seen.add(m)).as("member %s in one community only", m).isTrue();
        // Every party that trades is somewhere; the listed entity node does not trade.
        assertThat(seen).containsExactlyInAnyOrder("p0", "p1", "p2", "p3", "p4", "p5");
    }

    /**
     * On a random trade graph with sales both ways between two parties, self-sales and parties that do not trade, the
     * communities are JGraphT's label propagation on the undirected trade graph built as JGraphT would (vertices in key
     * order, one edge per pair in the order the sales come), with the same seed.
     */
    @Test
    void theCommunitiesOfJGraphTsLabelPropagationOnTheTradeGraph() {
        java.util.Random rng = new java.util.Random(5);
        SupplyGraph.Builder b = SupplyGraph.builder();
        int n = 300;
        for (int i = 0; i < n; i++) b.party(new PartyNode(i, "party " + i, "AE", false, List.of(), 0));
        Set<Long> sold = new HashSet<>();
        for (int k = 0; k < 900; k++) {
            // Parties 250 and above never trade; the rest trade mostly within groups of 25.
            int a = rng.nextInt(250), c = rng.nextInt(10) < 8 ? a / 25 * 25 + rng.nextInt(25) : rng.nextInt(250);
            if (sold.add((long) a << 32 | c)) b.trade(trade(a, c));
        }
        SupplyGraph g = b.build();
        org.jgrapht.Graph<String, org.jgrapht.graph.DefaultEdge> undirected = org.jgrapht.graph.builder.GraphTypeBuilder
                .<String, org.jgrapht.graph.DefaultEdge>undirected().allowingMultipleEdges(false).allowingSelfLoops(false)
                .edgeClass(org.jgrapht.graph.DefaultEdge.class).buildGraph();
        Set<String> traders = new java.util.TreeSet<>();
        for (var e : g.edges()) if (!e.source().equals(e.target())) {
            traders.add(e.source());
            traders.add(e.target());
        }
        traders.forEach(undirected::addVertex);
        for (var e : g.edges()) if (!e.source().equals(e.target()) && !undirected.containsEdge(e.source(), e.target())) undirected.addEdge(e.source(), e.target());
        var clusters = new org.jgrapht.alg.clustering.LabelPropagationClustering<>(undirected, TradeCommunities.MAX_ITERATIONS,
                new java.util.Random(TradeCommunities.SEED)).getClustering().getClusters();
        Set<Set<String>> expected = new HashSet<>();
        for (Set<String> c : clusters) if (c.size() >= 2) expected.add(new java.util.TreeSet<>(c));
        Set<Set<String>> found = new HashSet<>();
        for (Community c : TradeCommunities.find(g, 2)) found.add(new java.util.TreeSet<>(c.members()));
        assertThat(found).hasSizeGreaterThan(3).isEqualTo(expected);
    }

    private static TradeEdge trade(int seller, int buyer) {
        return new TradeEdge(seller, buyer, 100, 1, 0, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1), Set.of("854231"));
    }
}
