package org.chokepoint.network.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.chokepoint.network.graph.PartyNode;
import org.chokepoint.network.graph.SmallGraph;
import org.chokepoint.network.graph.SupplyGraph;
import org.chokepoint.network.graph.TradeEdge;
import org.junit.jupiter.api.Test;

class LouvainCommunitiesTest {
    @Test
    void twoDenseGroupsJoinedByOneSaleAreTwoCommunities() {
        SupplyGraph g = cliques(0, 1);
        List<Community> found = LouvainCommunities.find(g, 2);
        assertThat(found).extracting(Community::members).containsExactlyInAnyOrder(
                List.of("p0", "p1", "p2", "p3", "p4"), List.of("p5", "p6", "p7", "p8", "p9"));
        assertThat(found).allSatisfy(c -> assertThat(c.internalValueUsd()).isEqualTo(10 * 1000));
        // Two groups of equal weight joined by almost nothing: modularity close to its bound of 1/2.
        assertThat(LouvainCommunities.modularity(g, found)).isBetween(0.45, 0.5);
    }

    @Test
    void aHubSellingALittleToEveryoneDoesNotMakeOneGiantCommunity() {
        // The hub (p10) trades $1 with all ten parties; the two groups trade $1,000 inside. By value, the
        // groups stay apart and the hub joins one of them.
        SupplyGraph g = cliques(10, 0);
        List<Community> found = LouvainCommunities.find(g, 1);
        assertThat(found).hasSize(2);
        assertThat(found.getFirst().members()).hasSize(6).contains("p10");
        assertThat(found.get(1).members()).hasSize(5);
    }

    @Test
    void modularityOfOneCommunityIsZeroAndLouvainBeatsLabelPropagationOnValue() {
        SupplyGraph g = cliques(10, 1);
        List<String> all = new ArrayList<>();
        for (int i = 0; i <= 10; i++) all.add("p" + i);
        Collections.sort(all);
        assertThat(LouvainCommunities.modularity(g, List.of(new Community(0, all, 0, List.of())))).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(LouvainCommunities.modularity(g, LouvainCommunities.find(g, 1)))
                .isGreaterThanOrEqualTo(LouvainCommunities.modularity(g, TradeCommunities.find(g, 1)));
    }

    @Test
    void deterministicAndADisjointCover() {
        List<Community> first = LouvainCommunities.find(SmallGraph.build(0), 1);
        for (long seed = 1; seed <= 4; seed++) assertThat(LouvainCommunities.find(SmallGraph.build(seed), 1)).isEqualTo(first);
        Set<String> seen = new HashSet<>();
        for (Community c : first) for (String m : c.members()) assertThat(seen.add(m)).as("member %s in one community only", m).isTrue();
        assertThat(seen).containsExactlyInAnyOrder("p0", "p1", "p2", "p3", "p4", "p5");
        for (long seed = 1; seed <= 3; seed++) {
            List<Community> a = LouvainCommunities.find(shuffled(cliques(10, 1), seed), 1);
            assertThat(a).isEqualTo(LouvainCommunities.find(cliques(10, 1), 1));
        }
    }

    @Test
    void aHigherResolutionGivesSmallerCommunities() {
        SupplyGraph g = cliques(10, 1);
        int standard = LouvainCommunities.find(g, 1).getFirst().members().size();
        int fine = LouvainCommunities.find(g, 1, 50).getFirst().members().size();
        assertThat(fine).isLessThan(standard);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LouvainCommunities.find(g, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noTradeNoCommunities() {
        SupplyGraph.Builder b = SupplyGraph.builder();
        b.party(new PartyNode(0, "alone", "AE", false, List.of(), 0));
        SupplyGraph g = b.build();
        assertThat(LouvainCommunities.find(g, 1)).isEmpty();
        assertThat(LouvainCommunities.modularity(g, List.of())).isZero();
    }

    /** Two cliques p0-p4 and p5-p9 trading $1,000 per pair; {@code hubSales} > 0 adds hub p10 selling $1 to all; bridge adds 4 -> 5. */
    private static SupplyGraph cliques(int hubSales, int bridge) {
        return build(steps(hubSales, bridge));
    }

    private static SupplyGraph shuffled(SupplyGraph ignored, long seed) {
        List<Consumer<SupplyGraph.Builder>> s = steps(10, 1);
        Collections.shuffle(s, new Random(seed));
        return build(s);
    }

    private static List<Consumer<SupplyGraph.Builder>> steps(int hubSales, int bridge) {
        List<Consumer<SupplyGraph.Builder>> steps = new ArrayList<>();
        int parties = hubSales > 0 ? 11 : 10;
        for (int i = 0; i < parties; i++) {
            int id = i;
            steps.add(b -> b.party(new PartyNode(id, "party " + id, "AE", false, List.of(), 0)));
        }
        for (int base : new int[] {0, 5}) {
            for (int i = base; i < base + 5; i++) for (int j = i + 1; j < base + 5; j++) {
                int s = i, t = j;
                steps.add(b -> b.trade(trade(s, t, 1000)));
            }
        }
        if (bridge > 0) steps.add(b -> b.trade(trade(4, 5, 1)));
        if (hubSales > 0) for (int i = 0; i < 10; i++) {
            int t = i;
            steps.add(b -> b.trade(trade(10, t, 1)));
        }
        return steps;
    }

    private static SupplyGraph build(List<Consumer<SupplyGraph.Builder>> steps) {
        SupplyGraph.Builder b = SupplyGraph.builder();
        steps.forEach(s -> s.accept(b));
        return b.build();
    }

    private static TradeEdge trade(int seller, int buyer, double value) {
        return new TradeEdge(seller, buyer, value, 1, 0, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1), Set.of("854231"));
    }
}
