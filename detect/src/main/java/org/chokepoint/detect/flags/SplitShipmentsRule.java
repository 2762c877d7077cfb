package org.chokepoint.detect.flags;

import java.util.Map;

/**
 * {@code split_shipments}: many small consignments of the same goods of concern between the same two
 * parties within a few days, where one would do: at least {@code minCount} consignments within
 * ±{@code days} days, each worth at most {@code smallShare} of the HS-6 median consignment, together worth
 * at least one median consignment. Splitting keeps each consignment under licence and reporting
 * thresholds and spreads the risk of seizure. Regular large shipments of a big distributor are not small
 * and do not qualify. Implicates both parties. The window's total is summed as exact decimals (amounts to the
 * hundred-millionth), so it does not depend on the order of the trade table's rows, as a sum of doubles does: a total
 * of whole cents ending in 50 printed a dollar apart in two orders.
 */
public final class SplitShipmentsRule implements DatasetRule {
    public static final String ID = "split_shipments";
    private final int minCount;
    private final int days;
    private final double smallShare;

    public SplitShipmentsRule(int minCount, int days, double smallShare) {
        this.minCount = minCount;
        this.days = days;
        this.smallShare = smallShare;
    }

    public SplitShipmentsRule() {
        this(6, 10, 0.35);
    }

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Split shipments",
                "At least " + minCount + " consignments of the same goods of concern between the same seller and buyer within ±" + days
                        + " days, each under " + Math.round(smallShare * 100) + "% of the HS-6 median consignment value, together above it.",
                "Many small consignments where one would do keep each under licence and reporting thresholds; BIS cases describe machine tools sent as dozens of 'spare parts' consignments.",
                "FinCEN-BIS joint alerts 2022/2023; ../shared/docs/domain.md red flag 10",
                Map.of("min_count", Integer.toString(minCount), "days", Integer.toString(days), "small_share", Double.toString(smallShare)));
    }

    @Override
    public boolean readsParties() {
        return false;
    }

    @Override
    public String marks(TradeTables t) {
        return """
                WITH med AS (SELECT hs6, median(value) AS mv FROM trade WHERE concern AND value > 0 GROUP BY hs6),
                small AS (SELECT t.idx, t.seller, t.buyer, t.hs6, t.day, t.value, med.mv FROM trade t JOIN med USING (hs6)
                          WHERE t.concern AND t.value <= %s * med.mv),
                w AS (SELECT *, count(*) OVER win AS n, CAST(sum(CAST(value AS DECIMAL(38, 8))) OVER win AS DOUBLE) AS total FROM small
                      WINDOW win AS (PARTITION BY seller, buyer, hs6 ORDER BY day RANGE BETWEEN %d PRECEDING AND %d FOLLOWING))
                SELECT idx, unnest([seller, buyer]) AS party, 0.4 AS weight,
                       n || ' small consignments of HS ' || hs6 || ' within ' || %d || ' days of ' || %s
                       || ', together ' || printf('%%.0f', total) || ' USD (HS-6 median consignment ' || printf('%%.0f', mv) || ' USD).' AS detail
                FROM w
                WHERE n >= %d AND total >= mv
                """.formatted(Double.toString(smallShare), days, days, 2 * days, TradeTables.date("day"), minCount);
    }
}
