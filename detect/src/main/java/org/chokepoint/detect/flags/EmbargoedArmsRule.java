package org.chokepoint.detect.flags;

import org.chokepoint.trade.record.ShipmentColumn;
import org.chokepoint.trade.goods.ConcernCategory;
import org.chokepoint.trade.record.Shipment;

import java.util.Map;

/**
 * {@code embargoed_arms}: arms, munitions, UAVs or their parts made in, dispatched from or sold from an
 * arms-embargoed country (North Korea, Iran). Implicates the seller, decisively (0.8); the buyer is
 * flagged by {@link EmbargoedArmsBuyerRule}.
 */
public final class EmbargoedArmsRule implements RecordRule {
    public static final String ID = "embargoed_arms";
    private final SanctionsPolicy policy;

    public EmbargoedArmsRule(SanctionsPolicy policy) {
        this.policy = policy;
    }

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Arms, munitions or UAVs from an embargoed country",
                "Goods of HS chapter 93 (arms and ammunition) or headings 8806/8807 (UAVs and their parts) originating in, dispatched from or exported from North Korea or Iran.",
                "UN Security Council resolutions embargo arms exports from North Korea (res. 1718 and later) and restricted Iran's; Russia has bought North Korean artillery shells and Iranian drones for its war.",
                "UN SC resolutions 1718 (2006), 2231 (2015); reporting in ../shared/docs/articles", Map.of("countries", String.join(",", policy.embargoed().stream().sorted().toList())));
    }

    @Override
    public java.util.Set<ShipmentColumn> reads() {
        return java.util.EnumSet.of(ShipmentColumn.HS_CODE, ShipmentColumn.ORIGIN_COUNTRY, ShipmentColumn.DISPATCH_COUNTRY, ShipmentColumn.EXPORTER_COUNTRY, ShipmentColumn.IMPORTER_NAME, ShipmentColumn.IMPORTER_COUNTRY);
    }

    @Override
    public RecordFlag check(RecordFacts r) {
        String from = embargoedSource(r, policy);
        if (from == null) return null;
        Shipment s = r.shipment();
        return new RecordFlag(ID, 0.8, Role.EXPORTER.bit(), ConcernGoods.label(r.goods()) + " " + from + ", sold to " + s.importerName()
                + " (" + s.importerCountry() + ").");
    }

    /**
     * How arms, UAVs or their parts in this record come from an embargoed country ("made in KP",
     * "dispatched from IR", "sold from IR"), or null when they do not, or the goods are not of that kind.
     */
    static String embargoedSource(RecordFacts r, SanctionsPolicy policy) {
        ConcernCategory c = r.goods().category();
        if (c != ConcernCategory.ARMS_AND_MUNITIONS && c != ConcernCategory.UAV && c != ConcernCategory.AIRCRAFT_PARTS) return null;
        Shipment s = r.shipment();
        return policy.embargoed(s.originCountry()) ? "made in " + s.originCountry()
                : policy.embargoed(s.dispatchCountry()) ? "dispatched from " + s.dispatchCountry()
                : policy.embargoed(s.exporterCountry()) ? "sold from " + s.exporterCountry() : null;
    }
}
