package org.chokepoint.detect.flags;

import org.chokepoint.trade.record.ShipmentColumn;
import org.chokepoint.trade.record.Shipment;

import java.util.Map;

/**
 * {@code forwarder_consignee}: a freight forwarder or logistics firm is the consignee of goods of concern
 * bound for a banned destination or landing in a hub. The forwarder is not the user of the goods, so the
 * real buyer is hidden. Implicates the importer.
 */
public final class ForwarderConsigneeRule implements RecordRule {
    public static final String ID = "forwarder_consignee";
    private final SanctionsPolicy policy;

    public ForwarderConsigneeRule(SanctionsPolicy policy) {
        this.policy = policy;
    }

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Freight forwarder as consignee",
                "The importer's name declares a freight forwarding, logistics or cargo business, and the goods are of concern and go to a banned destination or a transshipment hub.",
                "A forwarder or logistics firm as the final consignee hides the end user; BIS names it among the red flags of diversion.",
                "FinCEN-BIS joint alert FIN-2022-Alert003 (June 2022); BIS 'Know your customer' guidance", Map.of());
    }

    @Override
    public java.util.Set<ShipmentColumn> reads() {
        return java.util.EnumSet.of(ShipmentColumn.HS_CODE, ShipmentColumn.IMPORTER_NAME, ShipmentColumn.IMPORTER_COUNTRY, ShipmentColumn.DESTINATION_COUNTRY, ShipmentColumn.DATE);
    }

    @Override
    public RecordFlag check(RecordFacts r) {
        if (!r.importer().forwarder() || !r.goods().ofConcern()) return null;
        Shipment s = r.shipment();
        boolean banned = policy.banned(s.destinationCountry(), s.date());
        if (!banned && !policy.hub(s.importerCountry())) return null;
        return new RecordFlag(ID, banned ? 0.4 : 0.3, Role.IMPORTER.bit(),
                "Consignee '" + s.importerName() + "' (" + s.importerCountry() + ") is a forwarder or logistics firm receiving " + ConcernGoods.label(r.goods()) + ".");
    }
}
