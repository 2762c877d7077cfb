package org.chokepoint.detect.report;

import org.chokepoint.detect.DetectionResult;
import org.chokepoint.detect.RankedParty;
import org.chokepoint.detect.flags.RuleInfo;

import java.util.List;

/**
 * Everything report.html shows, gathered by the detector: the run's counts, the top parties with their
 * flags and evidence, the rules, trade flows by route and by goods tier, and the trade links among the top
 * parties (for the network picture).
 *
 * @param result the run (counts, stages, top parties)
 * @param top    the highest-ranked parties, rank order (listed ones included)
 * @param rules  every rule's documentation
 * @param routes value by route, largest first
 * @param tiers  value by goods tier, in tier order
 * @param links  trade among the top parties and their direct counterparties, largest first
 * @param linked the parties at the ends of {@code links} that are not in {@code top} (any order), so the
 *               network picture can name them and mark the listed ones
 */
public record ReportData(DetectionResult result, List<RankedParty> top, List<RuleInfo> rules, List<Route> routes, List<TierFlow> tiers,
                         List<Link> links, List<RankedParty> linked) {
    public ReportData {
        linked = List.copyOf(linked);
        top = List.copyOf(top);
        rules = List.copyOf(rules);
        routes = List.copyOf(routes);
        tiers = List.copyOf(tiers);
        links = List.copyOf(links);
    }

    /**
     * Goods of concern moving origin → seller's country → destination (via = seller country when it is
     * neither origin nor destination, else null), after the Russia ban or before it.
     */
    public record Route(String origin, String via, String destination, boolean afterBan, double valueUsd, long records) {}

    /** Value by goods tier ("1", "2", "3.A"..., "UAV", "arms", "aircraft parts", "other"), to banned destinations and in all. */
    public record TierFlow(String tier, String label, double valueUsd, double bannedValueUsd, long records) {}

    /** Trade from one party to another: party ids as in parties.jsonl. */
    public record Link(String seller, String buyer, double valueUsd, double concernValueUsd, long records) {}
}
