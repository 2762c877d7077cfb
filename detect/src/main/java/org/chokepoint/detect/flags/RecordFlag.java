package org.chokepoint.detect.flags;

/**
 * A flag one record raised.
 *
 * @param rule   the rule id
 * @param weight in (0, 1]: how strongly the flag alone suggests diversion
 * @param roles  bit set of {@link Role#bit()}: the parties the flag implicates (a CHPL consignment to
 *               Russia implicates its seller, a forwarder as consignee the importer)
 * @param detail one sentence with the facts of this record ("Tier 1 integrated circuits to RU on 2023-04-02")
 */
public record RecordFlag(String rule, double weight, int roles, String detail) {
    public RecordFlag {
        if (!(weight > 0 && weight <= 1)) throw new IllegalArgumentException("weight must be in (0, 1]: " + weight);
    }
}
