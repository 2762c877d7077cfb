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

    private static TradeEdge trade(int seller, int buyer) {
        return new TradeEdge(seller, buyer, 100, 1, 0, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1), Set.of("854231"));
    }
}
