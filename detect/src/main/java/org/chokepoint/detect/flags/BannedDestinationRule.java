package org.chokepoint.detect.flags;

import org.chokepoint.trade.record.ShipmentColumn;
import org.chokepoint.trade.record.Shipment;

import java.util.Map;

/**
 * {@code chpl_to_sanctioned_destination}: goods of concern (CHPL, UAVs, aircraft parts, arms) consigned to
 * a country under an export ban, on or after the ban. Implicates the seller and the buyer: the buyer in
 * the banned country is where the goods end up, and an unlisted buyer of them is the procurement front
 * that the lists have not reached yet. Shipments before the ban are ordinary trade and raise nothing.
 */
public final class BannedDestinationRule implements RecordRule {
    public static final String ID = "chpl_to_sanctioned_destination";
    private final SanctionsPolicy policy;

    public BannedDestinationRule(SanctionsPolicy policy) {
        this.policy = policy;
    }

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Goods of concern to a sanctioned destination",
                "A consignment of CHPL goods, UAVs, aircraft parts or arms whose destination is Russia or Belarus after the 2022 export bans, or Iran, North Korea or Syria.",
                "The CHPL lists the items found in Russian weapons on the battlefield; their export to Russia and Belarus is banned by the US, EU, UK and Japan.",
                "Common High Priority List (BIS/EU/UK/Japan, Feb 2024); FinCEN-BIS joint alerts 2022/2023", Map.of("banned_since", new java.util.TreeMap<>(policy.bannedSince()).toString()));
    }

    @Override
    public java.util.Set<ShipmentColumn> reads() {
        return java.util.EnumSet.of(ShipmentColumn.HS_CODE, ShipmentColumn.DESTINATION_COUNTRY, ShipmentColumn.DATE);
    }

    @Override
    public RecordFlag check(RecordFacts r) {
        Shipment s = r.shipment();
        if (!r.goods().ofConcern() || !policy.banned(s.destinationCountry(), s.date())) return null;
        return new RecordFlag(ID, ConcernGoods.weight(r.goods()), Role.EXPORTER.bit() | Role.IMPORTER.bit(),
                ConcernGoods.label(r.goods()) + " consigned to " + s.destinationCountry() + " on " + s.date() + ", after the export ban of "
                        + policy.bannedSince().get(s.destinationCountry()) + ".");
    }
}
