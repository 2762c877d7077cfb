package org.chokepoint.network.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

/**
 * The graph's own adjacency lists the edges of a node in the order JGraphT's directed pseudograph, which held them
 * before, lists them for the same edges added in the same order: the exports' choice of nodes and every walk depend
 * on that order.
 */
class SupplyGraphTest {
    @Test
    void edgesOfEachNodeInJGraphTsOrderOnRandomGraphs() {
        for (long seed = 1; seed <= 30; seed++) {
            Random rnd = new Random(seed);
            int parties = 2 + rnd.nextInt(12);
            SupplyGraph.Builder b = SupplyGraph.builder();
            for (int p = 0; p < parties; p++) b.party(new PartyNode(p, "party " + p, "AE", false, List.of(), 0.5));
            b.listed(new ListedNode("ofac-sdn:1", "LISTED", "RU"));
            int trades = rnd.nextInt(40);
            for (int i = 0; i < trades; i++) {
                // Self-sales, sales both ways and other relations between the same two parties included.
                int s = rnd.nextInt(parties), t = rnd.nextInt(parties);
                b.trade(new TradeEdge(s, t, rnd.nextInt(1000), 1 + rnd.nextInt(5), 0, LocalDate.of(2023, 1, 1 + rnd.nextInt(20)),
                        LocalDate.of(2023, 3, 1), Set.of("854231")));
                if (rnd.nextInt(5) == 0) b.sharedAddress(s, t, "address " + rnd.nextInt(3));
                if (rnd.nextInt(7) == 0) b.listMatch(s, "ofac-sdn:1", 0.9);
            }
            SupplyGraph g = b.build();

            Graph<String, DefaultWeightedEdge> reference = new AbstractBaseGraph<String, DefaultWeightedEdge>(null, null,
                    DefaultGraphType.directedPseudograph().asWeighted(), new DefaultGraphSpecificsStrategy<>()) {};
            List<DefaultWeightedEdge> stand = new ArrayList<>();
            for (String key : g.nodes().keySet()) reference.addVertex(key);
            for (SupplyEdge e : g.edges()) {
                DefaultWeightedEdge r = new DefaultWeightedEdge();
                reference.addEdge(e.source(), e.target(), r);
                stand.add(r);
            }
            assertThat(g.edgeCount()).isEqualTo(reference.edgeSet().size());
            for (String key : g.nodes().keySet()) {
                assertThat(g.incoming(key)).extracting(g.edges()::indexOf)
                        .as("in %s, seed %d", key, seed).containsExactlyElementsOf(reference.incomingEdgesOf(key).stream().map(stand::indexOf).toList());
                assertThat(g.outgoing(key)).extracting(g.edges()::indexOf)
                        .as("out %s, seed %d", key, seed).containsExactlyElementsOf(reference.outgoingEdgesOf(key).stream().map(stand::indexOf).toList());
                assertThat(g.edgesOf(key)).extracting(g.edges()::indexOf)
                        .as("all %s, seed %d", key, seed).containsExactlyElementsOf(reference.edgesOf(key).stream().map(stand::indexOf).toList());
                for (String other : g.nodes().keySet()) {
                    assertThat(g.edgesBetween(key, other)).extracting(g.edges()::indexOf)
                            .containsExactlyElementsOf(reference.getAllEdges(key, other).stream().map(stand::indexOf).toList());
                }
            }
        }
    }

    @Test
    void unknownNodesAreRefused() {
        SupplyGraph g = SmallGraph.build(0);
        assertThatThrownBy(() -> g.outgoing("p99")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p99");
        assertThatThrownBy(() -> SupplyGraph.builder().party(new PartyNode(0, "a", "AE", false, List.of(), 0)).sharedAddress(0, 1, "x").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown node p1");
    }
}
