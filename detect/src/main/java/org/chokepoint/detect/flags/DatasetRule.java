package org.chokepoint.detect.flags;

/**
 * A rule over the whole dataset: patterns that only show across records (the same goods in and out of a
 * hub, many small consignments, a price far from the others, trade with listed parties). Written as one
 * SQL query over the tables {@link TradeTables} documents, which yields the rule's marks: one row per
 * (record, implicated party) with columns {@code idx BIGINT, party INTEGER, weight DOUBLE, detail VARCHAR}.
 * The detector stores the marks; flags on parties and on records are drawn from them, so every flag
 * cites its records. Deterministic: same tables, same marks.
 */
public non-sealed interface DatasetRule extends RedFlagRule {
    /** The SELECT that yields this rule's marks. */
    String marks(TradeTables tables);

    /**
     * Whether the marks read the {@code party} table (which parties are listed, their names): such a rule runs after the
     * parties are screened. One that reads only {@code trade} says false and may run while they are screened. True unless
     * a rule says otherwise, so that a new rule is never run before the table it reads.
     */
    default boolean readsParties() {
        return true;
    }
}
