package org.chokepoint.network.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.chokepoint.model.Ownership;

/**
 * A small supply graph written by hand: two producers (DE, CN), two hubs (AE, TR), a listed Russian end
 * user and an unlisted Russian buyer; the listed entity it matched, which owns 60% of the buyer.
 * <pre>
 *   p0 DE --1000--> p1 AE --900--> p3 RU (listed) --match--> ofac-sdn:1 --60%--> p4
 *   p5 CN --500--> p2 TR --200--> p1 AE;  p2 --300--> p4 RU;  p0 --50--> p4
 * </pre>
 */
public final class SmallGraph {
    private SmallGraph() {}

    public static SupplyGraph build(long shuffleSeed) {
        List<Consumer<SupplyGraph.Builder>> steps = new ArrayList<>(List.of(
                b -> b.party(new PartyNode(0, "Präzision Teile GmbH", "DE", false, List.of(), 0.1)),
                b -> b.party(new PartyNode(1, "Al Noor General Trading LLC", "AE", false, List.of(), 0.8)),
                b -> b.party(new PartyNode(2, "Yıldız Elektronik Ltd. Şti.", "TR", false, List.of(), 0.6)),
                b -> b.party(new PartyNode(3, "АО \"Радиозавод\" & Co <R>", "RU", true, List.of("ofac-sdn:1"), 1.0)),
                b -> b.party(new PartyNode(4, "Vostok Trading", "RU", false, List.of(), 0.4)),
                b -> b.party(new PartyNode(5, "深圳市华强电子有限公司", "CN", false, List.of(), 0.2)),
                b -> b.listed(new ListedNode("ofac-sdn:1", "RADIOZAVOD JSC", "RU")),
                b -> b.trade(trade(0, 1, 1000, 800, "854231", "854239")),
                b -> b.trade(trade(1, 3, 900, 900, "854231")),
                b -> b.trade(trade(5, 2, 500, 100, "852691")),
                b -> b.trade(trade(2, 1, 200, 200, "852691")),
                b -> b.trade(trade(2, 4, 300, 0, "940510")),
                b -> b.trade(trade(0, 4, 50, 0, "940510")),
                b -> b.sharedAddress(1, 2, "Office 5, Port Saeed, Dubai"),
                b -> b.listMatch(3, "ofac-sdn:1", 0.97),
                b -> b.ownership(new Ownership("own:1", "ofac-sdn:1", "p4", 60.0, "shareholder"), "ofac-sdn:1", "p4")));
        if (shuffleSeed != 0) Collections.shuffle(steps, new Random(shuffleSeed));
        SupplyGraph.Builder b = SupplyGraph.builder();
        // Nodes before edges, whatever the shuffle: the builder requires known nodes only at build().
        steps.forEach(s -> s.accept(b));
        return b.build();
    }

    static TradeEdge trade(int seller, int buyer, double value, double chpl, String... hs6) {
        return new TradeEdge(seller, buyer, value, 3, chpl, LocalDate.of(2023, 1, 10), LocalDate.of(2023, 6, 30), Set.of(hs6));
    }
}
