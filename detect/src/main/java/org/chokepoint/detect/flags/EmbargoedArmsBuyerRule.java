package org.chokepoint.detect.flags;

import org.chokepoint.trade.record.ShipmentColumn;
import org.chokepoint.trade.record.Shipment;

import java.util.Map;

/**
 * {@code embargoed_arms_buyer}: the buyer of arms, munitions, UAVs or their parts made in, dispatched from
 * or sold from North Korea or Iran (0.5). Weaker than {@link EmbargoedArmsRule} on the seller: the buyers
 * are mostly the listed end users themselves, and an unlisted one may be their importer of record.
 */
public final class EmbargoedArmsBuyerRule implements RecordRule {
    public static final String ID = "embargoed_arms_buyer";
    private final SanctionsPolicy policy;

    public EmbargoedArmsBuyerRule(SanctionsPolicy policy) {
        this.policy = policy;
    }

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Buys arms, munitions or UAVs from an embargoed country",
                "The buyer of goods of HS chapter 93 (arms and ammunition) or headings 8806/8807 (UAVs and their parts) originating in, dispatched from or exported from North Korea or Iran.",
                "UN Security Council resolutions embargo arms exports from North Korea (res. 1718 and later) and restricted Iran's; Russia has bought North Korean artillery shells and Iranian drones for its war.",
                "UN SC resolutions 1718 (2006), 2231 (2015); reporting in ../shared/docs/articles", Map.of("countries", String.join(",", policy.embargoed().stream().sorted().toList())));
    }

    @Override
    public java.util.Set<ShipmentColumn> reads() {
        return java.util.EnumSet.of(ShipmentColumn.HS_CODE, ShipmentColumn.ORIGIN_COUNTRY, ShipmentColumn.DISPATCH_COUNTRY, ShipmentColumn.EXPORTER_COUNTRY, ShipmentColumn.EXPORTER_NAME);
    }

    @Override
    public RecordFlag check(RecordFacts r) {
        String from = EmbargoedArmsRule.embargoedSource(r, policy);
        if (from == null) return null;
        Shipment s = r.shipment();
        return new RecordFlag(ID, 0.5, Role.IMPORTER.bit(), "Bought " + ConcernGoods.label(r.goods()) + " " + from + " from " + s.exporterName() + ".");
    }
}
