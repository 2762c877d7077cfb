package org.chokepoint.detect.flags;

import org.chokepoint.trade.record.ShipmentColumn;
import java.util.Map;

/**
 * {@code listed_manufacturer}: the declared manufacturer of the goods is a listed entity (a Chinese or
 * Russian producer on the Entity List or SDN list). Implicates both parties, weakly (0.2): distributors
 * of a listed brand are not evaders for that alone.
 */
public final class ListedManufacturerRule implements RecordRule {
    public static final String ID = "listed_manufacturer";

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Listed manufacturer",
                "The manufacturer declared for the goods matches a listed entity by name.",
                "Goods made by a listed producer are often subject to licence requirements whoever sells them; trade in them ties the parties to a listed firm.",
                "US Entity List (15 CFR 744), OFAC SDN", Map.of());
    }

    @Override
    public java.util.Set<ShipmentColumn> reads() {
        return java.util.EnumSet.of(ShipmentColumn.MANUFACTURER);
    }

    @Override
    public RecordFlag check(RecordFacts r) {
        if (r.manufacturer() == null) return null;
        return new RecordFlag(ID, Math.min(1.0, 0.2 * r.manufacturer().score()), Role.BOTH,
                "Made by '" + r.shipment().manufacturer() + "', listed as " + r.manufacturer().name() + " (" + r.manufacturer().entityId() + ").");
    }
}
