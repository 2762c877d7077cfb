package org.chokepoint.network.graph;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The trade of one seller with one buyer, summed over their shipments.
 *
 * @param seller       resolved party id of the seller (exporter)
 * @param buyer        resolved party id of the buyer (importer)
 * @param valueUsd     total declared value, at least 0
 * @param shipments    number of records, at least 1
 * @param chplValueUsd the part of the value in Common High Priority List goods, in [0, valueUsd]
 * @param first        date of the first shipment
 * @param last         date of the last shipment, not before {@code first}
 * @param hs6          the HS-6 subheadings traded (an unmodifiable set, in no particular order: readers sort them)
 */
public record TradeEdge(int seller, int buyer, double valueUsd, long shipments, double chplValueUsd,
                        LocalDate first, LocalDate last, Set<String> hs6) {
    public TradeEdge {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (valueUsd < 0 || chplValueUsd < 0 || chplValueUsd > valueUsd + 1e-6)
            throw new IllegalArgumentException("trade " + seller + " -> " + buyer + ": values must satisfy 0 <= chpl <= value, got " + chplValueUsd + " of " + valueUsd);
        if (shipments < 1) throw new IllegalArgumentException("trade " + seller + " -> " + buyer + ": shipments must be at least 1, got " + shipments);
        if (last.isBefore(first)) throw new IllegalArgumentException("trade " + seller + " -> " + buyer + ": last " + last + " before first " + first);
        // An unmodifiable set is kept as it is (Set.copyOf returns it), so that pairs with the same codes can share one.
        hs6 = hs6 == null ? Set.of() : Set.copyOf(hs6);
    }

    /** The CHPL share of the value, in [0, 1]; 0 when the value is 0. */
    public double chplShare() {
        return valueUsd <= 0 ? 0 : Math.min(1, chplValueUsd / valueUsd);
    }
}
