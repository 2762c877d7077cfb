package org.chokepoint.detect.flags;

/**
 * A rule that one declaration line decides on its own. Implementations are pure functions of the
 * record's facts and their parameters, thread-safe, and never throw on odd input.
 */
public non-sealed interface RecordRule extends RedFlagRule {
    /** The flag this record raises, or null. */
    RecordFlag check(RecordFacts record);

    /**
     * The columns of the record this rule reads: its flag is the same for every record that agrees on them, the other
     * fields of its {@link org.chokepoint.trade.record.Shipment} null. Its goods follow from the HS code, what the
     * parties' names say from their names, a listed carrier from the carrier and IMO number, a listed maker from the
     * manufacturer: when a rule does not read those columns it gets null for them. The detector runs the rule once per
     * distinct combination of these columns rather than once per record. All columns unless a rule says less.
     */
    default java.util.Set<org.chokepoint.trade.record.ShipmentColumn> reads() {
        return java.util.EnumSet.allOf(org.chokepoint.trade.record.ShipmentColumn.class);
    }
}
