package org.chokepoint.detect.flags;

import org.chokepoint.trade.record.ShipmentColumn;
import java.util.Map;

/**
 * {@code listed_carrier}: the carrier (airline, shipping line) or the vessel (by IMO number or name) is
 * itself on a list. Implicates both parties, who chose or accepted it.
 */
public final class ListedCarrierRule implements RecordRule {
    public static final String ID = "listed_carrier";

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Sanctioned carrier or vessel",
                "The declared carrier or vessel matches a listed entity: by IMO number (decisive) or by name screened against all lists.",
                "Sanctioned airlines (Iranian state carriers) and shadow-fleet vessels carry goods for sanctioned buyers; using them is itself a violation for many exporters.",
                "FinCEN-BIS joint alerts; OFAC designations of vessels and airlines", Map.of());
    }

    @Override
    public java.util.Set<ShipmentColumn> reads() {
        return java.util.EnumSet.of(ShipmentColumn.CARRIER, ShipmentColumn.VESSEL_IMO);
    }

    @Override
    public RecordFlag check(RecordFacts r) {
        if (r.carrier() == null) return null;
        return new RecordFlag(ID, Math.min(1.0, 0.5 * r.carrier().score() + 0.2), Role.BOTH,
                "Carried by '" + r.carrier().matchedName() + "', listed as " + r.carrier().name() + " (" + r.carrier().entityId() + ", " + r.carrier().list() + ").");
    }
}
