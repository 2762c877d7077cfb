package org.chokepoint.network.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupplyPathsTest {
    private final SupplyGraph g = SmallGraph.build(0);

    @Test
    void distancesAndFlowsTowardsListedParties() {
        Map<String, Proximity> p = SupplyPaths.towardsListed(g, 3);
        assertThat(p.get("p3").hops()).isZero();
        assertThat(p.get("p1")).isEqualTo(new Proximity("p1", 1, 900, 900, "p3"));
        // p0 sells 1000 to p1 (one hop from the end user); its 50 to p4 leads nowhere listed by trade.
        assertThat(p.get("p0")).isEqualTo(new Proximity("p0", 2, 1000, 800, "p1"));
        assertThat(p.get("p2")).isEqualTo(new Proximity("p2", 2, 200, 200, "p1"));
        assertThat(p.get("p5")).isEqualTo(new Proximity("p5", 3, 500, 100, "p2"));
        assertThat(p.get("p4").reachesListed()).isFalse();
        assertThat(p.get("ofac-sdn:1").hops()).isZero();
    }

    @Test
    void shorterReachCutsFlows() {
        Map<String, Proximity> p = SupplyPaths.towardsListed(g, 1);
        assertThat(p.get("p1").valueToListedUsd()).isEqualTo(900);
        assertThat(p.get("p0").reachesListed()).isFalse();
        assertThat(p.get("p0").valueToListedUsd()).isZero();
    }

    @Test
    void supplierChainsOfTheEndUserBestFirst() {
        List<SupplyPath> paths = SupplyPaths.suppliersOf(g, "p3", 3, 10);
        assertThat(paths).extracting(SupplyPath::nodes).containsExactly(List.of("p0", "p1", "p3"), List.of("p5", "p2", "p1", "p3"));
        assertThat(paths.get(0).bottleneckUsd()).isEqualTo(900);
        assertThat(paths.get(1).bottleneckUsd()).isEqualTo(200);
        assertThat(paths.get(1).chplBottleneckUsd()).isEqualTo(100);
        assertThat(SupplyPaths.suppliersOf(g, "p3", 2, 10)).extracting(SupplyPath::nodes)
                .containsExactly(List.of("p0", "p1", "p3"), List.of("p2", "p1", "p3"));
        assertThat(SupplyPaths.suppliersOf(g, "p3", 3, 1)).hasSize(1);
    }

    /** The best few chains are kept as they come rather than sorted all: the first n of any limit, in the same order. */
    @Test
    void theBestChainsOfASmallLimitStartTheListOfALargeOne() {
        for (long seed = 1; seed <= 20; seed++) {
            java.util.Random rnd = new java.util.Random(seed);
            SupplyGraph.Builder b = SupplyGraph.builder();
            int parties = 12;
            for (int p = 0; p < parties; p++) b.party(new PartyNode(p, "party " + p, "AE", p == 0, List.of(), 0.5));
            for (int i = 0; i < 60; i++) {
                // Few distinct values, so that many chains tie on their bottleneck and hops and the node keys decide.
                b.trade(SmallGraph.trade(1 + rnd.nextInt(parties - 1), rnd.nextInt(parties), 100 * (1 + rnd.nextInt(3)), 0));
            }
            SupplyGraph random = b.build();
            List<SupplyPath> all = SupplyPaths.suppliersOf(random, "p0", 3, Integer.MAX_VALUE - 1);
            for (int limit : new int[] {1, 2, 5, 17}) {
                assertThat(SupplyPaths.suppliersOf(random, "p0", 3, limit)).as("seed %d, limit %d", seed, limit)
                        .isEqualTo(all.subList(0, Math.min(limit, all.size())));
            }
        }
    }

    @Test
    void graphIsTheSameWhateverTheInputOrder() {
        for (long seed = 1; seed <= 5; seed++) {
            SupplyGraph shuffled = SmallGraph.build(seed);
            assertThat(shuffled.nodes()).isEqualTo(g.nodes());
            assertThat(shuffled.edges()).map(SupplyEdge::toString).isEqualTo(g.edges().stream().map(SupplyEdge::toString).toList());
        }
    }

    @Test
    void unknownNodesAreReported() {
        assertThatThrownBy(() -> SupplyGraph.builder().trade(SmallGraph.trade(0, 1, 1, 0)).build())
                .hasMessageContaining("unknown node p0");
        assertThatThrownBy(() -> SupplyPaths.suppliersOf(g, "p99", 2, 1)).hasMessageContaining("unknown node p99");
    }
}
